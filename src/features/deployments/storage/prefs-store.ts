// Owns the deployments preferences kept in this browser: the time-left warning threshold and the
// runway a new deployment's deposit covers by default. One persisted store; other tabs follow.
import { useCallback } from "react";
import * as z from "zod/mini";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { persistedStore, usePersisted } from "@/lib/persisted-store";

export const WARN_HOURS_RANGE = { min: 1, max: 90 * 24 } as const;
export const RUNWAY_HOURS_RANGE = { min: 1, max: 365 * 24 } as const;

const deploymentPrefs = z.object({
  /** warn when a deployment's escrow lasts less than this many hours */
  warnHours: z.number().check(z.gte(WARN_HOURS_RANGE.min), z.lte(WARN_HOURS_RANGE.max)),
  /** a new deployment's deposit covers this many hours at its maximum price, by default */
  runwayHours: z.number().check(z.gte(RUNWAY_HOURS_RANGE.min), z.lte(RUNWAY_HOURS_RANGE.max)),
});
export type DeploymentPrefs = z.infer<typeof deploymentPrefs>;

export const DEFAULT_PREFS: DeploymentPrefs = { warnHours: 7 * 24, runwayHours: 24 };

export const prefsStore = persistedStore<DeploymentPrefs>({
  key: STORAGE_KEYS.deploymentPrefs,
  version: 2,
  schema: deploymentPrefs,
  fallback: DEFAULT_PREFS,
  // Version 1 had only the warning threshold: the runway starts at its default.
  upgrade: (data, from) =>
    from === 1 && typeof data === "object" && data !== null
      ? { runwayHours: DEFAULT_PREFS.runwayHours, ...data }
      : data,
});

export function useDeploymentPrefs() {
  const prefs = usePersisted(prefsStore);
  /** false for a value out of range, or when the browser refused to store it */
  const update = useCallback(
    (next: DeploymentPrefs): boolean =>
      deploymentPrefs.safeParse(next).success && prefsStore.set(next) === null,
    [],
  );
  return { prefs, update };
}
