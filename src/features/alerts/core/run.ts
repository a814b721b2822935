// One evaluation round, shared by every tab: under the alerts Web Lock it re-reads the log (another
// tab may just have fired), evaluates, writes the log back and only then shows what it fired. The
// tab that wrote an alert is the one that shows its notification; the others only see the list.
import type { LockPort } from "@/lib/locks";
import type { PersistedStore } from "@/lib/persisted-store";
import { evaluate, type AlertSnapshot } from "./evaluate";
import type { AlertEntry, AlertLog } from "./log";
import type { AlertRule } from "./rules";

export interface NotifyPort {
  show(entry: AlertEntry): void;
}

export interface RunPorts {
  lock: LockPort;
  lockName: string;
  rules: PersistedStore<AlertRule[]>;
  log: PersistedStore<AlertLog>;
  notify: NotifyPort;
  newId: () => string;
}

export async function runAlerts(snapshot: AlertSnapshot, ports: RunPorts): Promise<AlertEntry[]> {
  return ports.lock.run(ports.lockName, async () => {
    const before = ports.log.refresh();
    const { log, fired } = evaluate(ports.rules.refresh(), before, snapshot, { newId: ports.newId });
    if (JSON.stringify(log) !== JSON.stringify(before)) ports.log.set(log);
    for (const entry of fired) ports.notify.show(entry);
    return fired;
  });
}
