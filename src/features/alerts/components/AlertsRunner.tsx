// Evaluates the alert rules every few seconds while a tab is open (every tab; the alerts lock and
// the log's freshness rule make sure each crossing fires once). Loaded lazily, only when the
// viewed account has an enabled rule on this network.
import { useEffect, useRef } from "react";
import { TAB_CHANNELS } from "@/config/storage-keys";
import { defaultLock } from "@/lib/locks";
import { useNetwork } from "@/features/network";
import { runAlerts, type RunPorts } from "../core/run";
import { browserNotifier } from "../hooks/notifications";
import { useAlertSnapshot } from "../hooks/use-alert-snapshot";
import { alertLog, alertRules, useAlertRules } from "../storage/alerts-store";

const EVERY_MS = 5_000;

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `a-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

const ports: RunPorts = {
  lock: defaultLock(),
  lockName: TAB_CHANNELS.alertsLock,
  rules: alertRules,
  log: alertLog,
  notify: browserNotifier,
  newId,
};

export function AlertsRunner({ owner }: { owner: string }) {
  const { network } = useNetwork();
  const rules = useAlertRules(network.id, owner);
  const snapshot = useAlertSnapshot(owner, rules);
  const latest = useRef(snapshot);
  useEffect(() => {
    latest.current = snapshot;
  }, [snapshot]);
  useEffect(() => {
    let busy = false;
    const tick = () => {
      const s = latest.current;
      if (busy || s.asOf === 0) return;
      busy = true;
      void runAlerts({ ...s, now: Date.now() }, ports).finally(() => (busy = false));
    };
    tick();
    const id = setInterval(tick, EVERY_MS);
    return () => clearInterval(id);
  }, []);
  return null;
}

export default AlertsRunner;
