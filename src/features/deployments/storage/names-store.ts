// Owns the local names a user gives deployments: kept in this browser only (localStorage), per
// network and owner, so the same dseq on two networks or two accounts never shares a name.
// Tabs stay in sync through the storage event; a blocked storage becomes a visible error.
import { useCallback, useSyncExternalStore } from "react";
import { readJson, writeJson } from "@/lib/storage";

export type DeploymentNames = Readonly<Record<string, string>>;

const EMPTY: DeploymentNames = Object.freeze({});
const MAX_NAME = 64;
const listeners = new Set<() => void>();
const cache = new Map<string, DeploymentNames>();

export function namesKey(networkId: string, owner: string): string {
  return `console.deployment-names.v1.${networkId}.${owner}`;
}

function isNames(v: unknown): v is DeploymentNames {
  return !!v && typeof v === "object" && Object.values(v).every((n) => typeof n === "string");
}

export function readNames(key: string): DeploymentNames {
  let names = cache.get(key);
  if (!names) {
    names = readJson<DeploymentNames>(key, EMPTY, isNames);
    cache.set(key, names);
  }
  return names;
}

/** Sets (or clears, with an empty name) one deployment's name; false when storage refused it. */
export function writeName(key: string, dseq: string, name: string): boolean {
  const trimmed = name.trim().slice(0, MAX_NAME);
  const { [dseq]: _old, ...rest } = readNames(key);
  const next: DeploymentNames = trimmed ? { ...rest, [dseq]: trimmed } : rest;
  const ok = writeJson(key, next);
  if (ok) cache.set(key, next);
  listeners.forEach((l) => l());
  return ok;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith("console.deployment-names.v1.")) {
      cache.clear();
      listener();
    }
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function useDeploymentNames(networkId: string, owner: string) {
  const key = namesKey(networkId, owner);
  const names = useSyncExternalStore(subscribe, () => readNames(key));
  const rename = useCallback((dseq: string, name: string) => writeName(key, dseq, name), [key]);
  return { names, rename };
}
