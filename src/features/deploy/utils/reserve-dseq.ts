// Deployment sequence numbers. The chain only needs dseq unique per owner, and the CLI uses the
// current height; but two tabs (or two quick deploys) at one height would then build the same
// deployment, and with the same account sequence, byte-identical transactions. So each browser
// reserves dseqs per network and owner under a cross-tab lock: never below the height, never
// one it has handed out before. See docs/decisions/dseq-reservation.md.
import * as z from "zod/mini";
import { STORAGE_KEYS, TAB_CHANNELS } from "@/config/storage-keys";
import { defaultLock, type LockPort } from "@/lib/locks";
import { persistedFamily, type PersistedStore } from "@/lib/persisted-store";

export function nextDseq(lastReserved: bigint | null, height: number): bigint {
  const fromHeight = BigInt(Math.max(1, Math.floor(height)));
  return lastReserved !== null && lastReserved >= fromHeight ? lastReserved + 1n : fromHeight;
}

/** The last dseq reserved per network and owner, as a decimal string (a uint64 is no JSON number). */
export function lastDseqStores(storage?: () => Storage | null) {
  return persistedFamily<string | null, [string, string]>({
    key: STORAGE_KEYS.lastDseq,
    version: 1,
    schema: z.nullable(z.string().check(z.regex(/^\d+$/))),
    fallback: null,
    ...(storage ? { storage } : {}),
  });
}

const pageStores = lastDseqStores();

export function reserveDseq(
  networkId: string,
  owner: string,
  height: number,
  lock: LockPort = defaultLock(),
  stores: (networkId: string, owner: string) => PersistedStore<string | null> = pageStores,
): Promise<string> {
  const store = stores(networkId, owner);
  return lock.run(TAB_CHANNELS.dseqLock(networkId, owner), () => {
    // Read again under the lock: another tab may have reserved since this one last looked.
    const raw = store.refresh();
    const dseq = nextDseq(raw === null ? null : BigInt(raw), height);
    store.set(dseq.toString());
    return Promise.resolve(dseq.toString());
  });
}
