// Owns the view-only ("watched") address per network: pages can be browsed for any account
// without a wallet. An address is public, so it is kept in localStorage; tabs stay in sync.
import { useCallback, useSyncExternalStore } from "react";
import { useNetwork } from "@/features/network";
import { readJson, writeJson } from "@/lib/storage";
import { useWallet } from "./wallet-context";

const KEY = "console.wallet.watch.v1";
type Watched = Record<string, string>;

const listeners = new Set<() => void>();
let cache: Watched | null = null;

function isWatched(v: unknown): v is Watched {
  return !!v && typeof v === "object" && Object.values(v).every((a) => typeof a === "string");
}

function read(): Watched {
  cache ??= readJson<Watched>(KEY, {}, isWatched);
  return cache;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== KEY) return;
    cache = null;
    listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function write(next: Watched): void {
  cache = next;
  writeJson(KEY, next);
  listeners.forEach((l) => l());
}

export function useWatchedAddress(): {
  watchedAddress: string | null;
  watch(address: string): void;
  unwatch(): void;
} {
  const { network } = useNetwork();
  const watchedAddress = useSyncExternalStore(subscribe, () => read()[network.id] ?? null);
  const watch = useCallback(
    (address: string) => write({ ...read(), [network.id]: address.trim().toLowerCase() }),
    [network.id],
  );
  const unwatch = useCallback(() => {
    const { [network.id]: _removed, ...rest } = read();
    write(rest);
  }, [network.id]);
  return { watchedAddress, watch, unwatch };
}

/** The account pages show: the connected wallet's, else the watched (view-only) one. */
export function useViewedAddress(): { address: string | null; viewOnly: boolean } {
  const { address } = useWallet();
  const { watchedAddress } = useWatchedAddress();
  if (address) return { address, viewOnly: false };
  return { address: watchedAddress, viewOnly: watchedAddress !== null };
}
