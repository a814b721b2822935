// Owns the view-only ("watched") address per network: pages can be browsed for any account
// without a wallet. An address is public, so it is kept in localStorage; tabs stay in sync.
import { useCallback } from "react";
import * as z from "zod/mini";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { useNetwork } from "@/features/network";
import { persistedStore, usePersisted } from "@/lib/persisted-store";
import { useWallet } from "./wallet-context";

/** network id → address */
export const watchedAddresses = persistedStore<Record<string, string>>({
  key: STORAGE_KEYS.watchedAddress,
  version: 1,
  schema: z.record(z.string(), z.string()),
  fallback: {},
});

export function useWatchedAddress(): {
  watchedAddress: string | null;
  watch(address: string): void;
  unwatch(): void;
} {
  const { network } = useNetwork();
  const watchedAddress = usePersisted(watchedAddresses)[network.id] ?? null;
  const watch = useCallback(
    (address: string) =>
      void watchedAddresses.set({ ...watchedAddresses.get(), [network.id]: address.trim().toLowerCase() }),
    [network.id],
  );
  const unwatch = useCallback(() => {
    const { [network.id]: _removed, ...rest } = watchedAddresses.get();
    watchedAddresses.set(rest);
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
