// Owns the alert rules and the alert log in this browser (keys in config/storage-keys.ts). Both
// follow other tabs; the log is only written under the alerts lock (see core/run.ts).
import { useCallback } from "react";
import * as z from "zod/mini";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { persistedStore, usePersisted, type PersistedStore } from "@/lib/persisted-store";
import { alertLogSchema, EMPTY_LOG, type AlertLog } from "../core/log";
import { alertRuleSchema, type AlertRule } from "../core/rules";

export const alertRules: PersistedStore<AlertRule[]> = persistedStore<AlertRule[]>({
  key: STORAGE_KEYS.alertRules,
  version: 1,
  schema: z.array(alertRuleSchema),
  fallback: [],
});

export const alertLog: PersistedStore<AlertLog> = persistedStore<AlertLog>({
  key: STORAGE_KEYS.alertLog,
  version: 1,
  schema: alertLogSchema,
  fallback: EMPTY_LOG,
});

/** Adds or replaces a rule (by id); false when storage refused it. */
export function saveRule(rule: AlertRule): boolean {
  const rest = alertRules.refresh().filter((r) => r.id !== rule.id);
  return alertRules.set([...rest, rule]) === null;
}

export function removeRule(id: string): boolean {
  return alertRules.set(alertRules.refresh().filter((r) => r.id !== id)) === null;
}

export function useAlertRules(networkId: string, owner: string | null) {
  const all = usePersisted(alertRules);
  return all.filter((r) => r.networkId === networkId && (owner === null || r.owner === owner));
}

export function useAlertLog(): AlertLog {
  return usePersisted(alertLog);
}

/** Marks entries read (all, or the given ids); reading and writing in one go, so no tab loses one. */
export function useMarkRead() {
  return useCallback((ids?: readonly string[]) => {
    const log = alertLog.refresh();
    const which = ids ? new Set(ids) : null;
    if (!log.entries.some((e) => !e.read && (!which || which.has(e.id)))) return;
    alertLog.set({
      ...log,
      entries: log.entries.map((e) => (!which || which.has(e.id) ? { ...e, read: true } : e)),
    });
  }, []);
}

export function clearEntries(): void {
  const log = alertLog.refresh();
  alertLog.set({ ...log, entries: [] });
}
