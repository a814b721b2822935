// Owns the deployments preferences kept in this browser: the time-left warning threshold.
// One persisted store; other tabs follow a change.
import { useCallback } from "react";
import * as z from "zod/mini";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { persistedStore, usePersisted } from "@/lib/persisted-store";

export const WARN_HOURS_RANGE = { min: 1, max: 90 * 24 } as const;

const deploymentPrefs = z.object({
  /** warn when a deployment's escrow lasts less than this many hours */
  warnHours: z.number().check(z.gte(WARN_HOURS_RANGE.min), z.lte(WARN_HOURS_RANGE.max)),
});
export type DeploymentPrefs = z.infer<typeof deploymentPrefs>;

export const DEFAULT_PREFS: DeploymentPrefs = { warnHours: 7 * 24 };

export const prefsStore = persistedStore<DeploymentPrefs>({
  key: STORAGE_KEYS.deploymentPrefs,
  version: 1,
  schema: deploymentPrefs,
  fallback: DEFAULT_PREFS,
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
