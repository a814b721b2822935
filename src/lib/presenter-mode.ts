// Presenter mode: the console legible from the back of a room (a projector at 1920×1080). It is a
// setting kept in this browser, and `?present` in the URL turns it on for a visit (`?present=0`
// off) without changing the setting. The page gets the `present` class on <html>: index.css makes
// the type and targets larger and the content use the full width; components that show long
// addresses read usePresenterMode() and shorten them.
import { useSyncExternalStore } from "react";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { persistedChoice } from "./persisted-store";

export const presenterStore = persistedChoice(STORAGE_KEYS.presenter, ["off", "on"], "off");

/** `?present` / `?present=1` → on, `?present=0` → off, absent → the setting. */
export function urlOverride(search: string): boolean | null {
  const params = new URLSearchParams(search);
  if (!params.has("present")) return null;
  return !["0", "false", "off"].includes(params.get("present") ?? "");
}

const override = typeof window !== "undefined" ? urlOverride(window.location.search) : null;
const listeners = new Set<() => void>();

function isOn(): boolean {
  return override ?? presenterStore.get() === "on";
}

function apply(): void {
  if (typeof document !== "undefined") document.documentElement.classList.toggle("present", isOn());
  for (const l of listeners) l();
}
presenterStore.subscribe(apply);
apply();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePresenterMode() {
  const on = useSyncExternalStore(subscribe, isOn, isOn);
  return {
    on,
    /** the URL decides for this visit; the setting still changes for the next */
    fromUrl: override !== null,
    set: (next: boolean) => presenterStore.set(next ? "on" : "off"),
  };
}
