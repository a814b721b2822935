// Deployment sequence numbers. The chain only needs dseq unique per owner, and the CLI uses the
// current height; but two tabs (or two quick deploys) at one height would then build the same
// deployment, and with the same account sequence, byte-identical transactions. So each browser
// reserves dseqs per network and owner under a cross-tab lock: never below the height, never
// one it has handed out before.
import { defaultLock, type LockPort } from "@/lib/locks";
import { readJson, writeJson } from "@/lib/storage";

export function nextDseq(lastReserved: bigint | null, height: number): bigint {
  const fromHeight = BigInt(Math.max(1, Math.floor(height)));
  return lastReserved !== null && lastReserved >= fromHeight ? lastReserved + 1n : fromHeight;
}

export interface DseqStore {
  read(key: string): string | null;
  write(key: string, value: string): void;
}

const localStore: DseqStore = {
  read: (key) => readJson<string | null>(key, null, (v): v is string => typeof v === "string"),
  write: (key, value) => void writeJson(key, value),
};

const storeKey = (networkId: string, owner: string) => `akash-console:last-dseq:${networkId}:${owner}`;

export function reserveDseq(
  networkId: string,
  owner: string,
  height: number,
  lock: LockPort = defaultLock(),
  store: DseqStore = localStore,
): Promise<string> {
  const key = storeKey(networkId, owner);
  return lock.run(key, () => {
    const raw = store.read(key);
    const last = raw !== null && /^\d+$/.test(raw) ? BigInt(raw) : null;
    const dseq = nextDseq(last, height);
    store.write(key, dseq.toString());
    return Promise.resolve(dseq.toString());
  });
}
