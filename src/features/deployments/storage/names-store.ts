// Owns the local names a user gives deployments: kept in this browser only, per network and
// owner, so the same dseq on two networks or two accounts never shares a name. A persisted family:
// tabs stay in sync, and a blocked storage becomes a visible error.
import { useCallback } from "react";
import * as z from "zod/mini";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { persistedFamily, usePersisted } from "@/lib/persisted-store";

export type DeploymentNames = Readonly<Record<string, string>>;

const MAX_NAME = 64;

/** dseq → name, for one network and owner */
export const deploymentNames = persistedFamily<DeploymentNames, [string, string]>({
  key: STORAGE_KEYS.deploymentNames,
  version: 1,
  schema: z.record(z.string(), z.string()),
  fallback: Object.freeze({}),
});

/** Sets (or clears, with an empty name) one deployment's name; false when storage refused it. */
export function writeName(networkId: string, owner: string, dseq: string, name: string): boolean {
  const store = deploymentNames(networkId, owner);
  const trimmed = name.trim().slice(0, MAX_NAME);
  const { [dseq]: _old, ...rest } = store.get();
  return store.set(trimmed ? { ...rest, [dseq]: trimmed } : rest) === null;
}

export function useDeploymentNames(networkId: string, owner: string) {
  const names = usePersisted(deploymentNames(networkId, owner));
  const rename = useCallback(
    (dseq: string, name: string) => writeName(networkId, owner, dseq, name),
    [networkId, owner],
  );
  return { names, rename };
}
