// Owns the deployments preferences kept in this browser: the time-left warning threshold.
// localStorage, versioned key; other tabs follow through the storage event.
import { useCallback, useSyncExternalStore } from "react";
import { readJson, writeJson } from "@/lib/storage";

export interface DeploymentPrefs {
  /** warn when a deployment's escrow lasts less than this many hours */
  warnHours: number;
}

const KEY = "console.deployments.prefs.v1";
export const DEFAULT_PREFS: DeploymentPrefs = { warnHours: 7 * 24 };
export const WARN_HOURS_RANGE = { min: 1, max: 90 * 24 } as const;

const listeners = new Set<() => void>();
let cache: DeploymentPrefs | null = null;

function isPrefs(v: unknown): v is DeploymentPrefs {
  if (!v || typeof v !== "object" || !("warnHours" in v)) return false;
  const hours = v.warnHours;
  return typeof hours === "number" && hours >= WARN_HOURS_RANGE.min && hours <= WARN_HOURS_RANGE.max;
}

function read(): DeploymentPrefs {
  cache ??= readJson(KEY, DEFAULT_PREFS, isPrefs);
  return cache;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== KEY && e.key !== null) return;
    cache = null;
    listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function useDeploymentPrefs() {
  const prefs = useSyncExternalStore(subscribe, read);
  const update = useCallback((next: DeploymentPrefs): boolean => {
    if (!isPrefs(next)) return false;
    const ok = writeJson(KEY, next);
    if (ok) cache = next;
    listeners.forEach((l) => l());
    return ok;
  }, []);
  return { prefs, update };
}
