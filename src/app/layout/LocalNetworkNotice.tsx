// On the local network, a first visit is told in one line what it is: a free test network whose
// tokens are worth nothing, where "Local key" signs without any wallet extension. Dismissed per
// network in this browser. The app never special-cases localnet's behaviour: this is a notice
// about the network kind the config declares, like a testnet banner.
import * as z from "zod/mini";
import { Button } from "@/components/ui/button";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { useNetwork } from "@/features/network";
import { persistedStore, usePersisted } from "@/lib/persisted-store";

const seenStore = persistedStore<string[]>({
  key: STORAGE_KEYS.seenNotices,
  version: 1,
  schema: z.array(z.string()),
  fallback: [],
});

export function LocalNetworkNotice() {
  const { network } = useNetwork();
  const seen = usePersisted(seenStore);
  if (network.kind !== "local" || seen.includes(network.id)) return null;
  return (
    <div
      role="note"
      aria-label="About this network"
      className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950/40 dark:text-sky-200"
    >
      <p className="min-w-0 flex-1">
        {network.name} is a free local test network: its tokens are worth nothing, and “Local key” signs here
        without any wallet extension.
      </p>
      <Button size="sm" variant="ghost" onClick={() => seenStore.set([...seen, network.id])}>
        Got it
      </Button>
    </div>
  );
}
