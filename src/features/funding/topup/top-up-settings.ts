// Owns the top-up settings this browser keeps per network: for each owner and deployment, the
// runway target ("keep 48 h"), the runtime cap (no funding after this time) and whether the
// top-up key signs on its own. No secret lives here (the key is in scoped-key-store.ts), so this
// is part of the portable export. Tabs follow each other's writes.
import { useCallback } from "react";
import * as z from "zod/mini";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { persistedFamily, usePersisted } from "@/lib/persisted-store";

export const TARGET_HOURS_RANGE = { min: 0.01, max: 90 * 24 } as const;

const deploymentTopUp = z.object({
  targetHours: z.number().check(z.gte(TARGET_HOURS_RANGE.min), z.lte(TARGET_HOURS_RANGE.max)),
  /** ISO time after which nothing is deposited; null = no cap */
  stopAt: z.nullable(z.string()),
  /** sign with the top-up key without asking */
  auto: z.boolean(),
  updatedAt: z.string(),
});
export type DeploymentTopUp = z.infer<typeof deploymentTopUp>;

const settings = z.object({
  owners: z.record(z.string(), z.object({ deployments: z.record(z.string(), deploymentTopUp) })),
});
export type TopUpSettings = z.infer<typeof settings>;

export const EMPTY_TOP_UP: TopUpSettings = Object.freeze({ owners: {} });

export const topUpSettings = persistedFamily<TopUpSettings, [string]>({
  key: STORAGE_KEYS.topUp,
  version: 1,
  schema: settings,
  fallback: EMPTY_TOP_UP,
});

export const isValidTopUp = (v: unknown): v is DeploymentTopUp => deploymentTopUp.safeParse(v).success;

/** Sets (or with null removes) one deployment's top-up; false when storage refused it. */
export function writeTopUp(
  networkId: string,
  owner: string,
  dseq: string,
  value: DeploymentTopUp | null,
): boolean {
  const store = topUpSettings(networkId);
  const current = store.get();
  const mine = { ...(current.owners[owner]?.deployments ?? {}) };
  if (value) mine[dseq] = value;
  else delete mine[dseq];
  return store.set({ owners: { ...current.owners, [owner]: { deployments: mine } } }) === null;
}

export function useTopUpSettings(networkId: string) {
  return usePersisted(topUpSettings(networkId));
}

export function useDeploymentTopUp(networkId: string, owner: string, dseq: string) {
  const all = useTopUpSettings(networkId);
  const value = all.owners[owner]?.deployments[dseq] ?? null;
  const save = useCallback(
    (next: DeploymentTopUp | null) => writeTopUp(networkId, owner, dseq, next),
    [networkId, owner, dseq],
  );
  return { value, save };
}
