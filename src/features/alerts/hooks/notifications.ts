// Browser notifications: permission is asked only from a click (browsers ignore or penalise a
// prompt without one), its state follows the browser (Permissions API where it exists), and an
// alert is shown with its id as the tag, so the system never stacks the same alert twice.
import { useCallback, useEffect, useState } from "react";
import type { AlertEntry } from "../core/log";
import type { NotifyPort } from "../core/run";

export type NotifyPermission = "unsupported" | "default" | "granted" | "denied";

export function notifyPermission(): NotifyPermission {
  if (typeof Notification === "undefined") return "unsupported";
  return Notification.permission;
}

export const browserNotifier: NotifyPort = {
  show(entry: AlertEntry) {
    if (notifyPermission() !== "granted") return;
    try {
      const n = new Notification(entry.title, { body: entry.body, tag: entry.id });
      n.onclick = () => window.focus();
    } catch {
      // Android Chrome allows notifications only from a service worker; the in-app list still has it.
    }
  },
};

export function useNotifyPermission() {
  const [state, setState] = useState<NotifyPermission>(notifyPermission);
  useEffect(() => {
    if (typeof navigator === "undefined" || !navigator.permissions || state === "unsupported") return;
    let status: PermissionStatus | null = null;
    const update = () => setState(notifyPermission());
    navigator.permissions
      .query({ name: "notifications" })
      .then((s) => {
        status = s;
        s.addEventListener("change", update);
      })
      .catch(() => undefined);
    return () => status?.removeEventListener("change", update);
  }, [state]);
  /** Call from a click handler only. */
  const request = useCallback(async () => {
    if (typeof Notification === "undefined") return;
    setState(await Notification.requestPermission());
  }, []);
  return { state, request };
}
