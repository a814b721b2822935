// Mounted once by the app shell: settles pending receipts of the selected network (a tab closed
// between broadcast and inclusion, or a transaction that landed after its dialog stopped waiting,
// loses nothing) and shows storage problems on every page. Settlement runs once the page is idle,
// then at every new block (and every 15 s when the block feed is down) for as long as something
// may still settle: after a write, or while the last run left receipts pending. Nothing pending,
// nothing read.
import { useEffect } from "react";
import { useToast } from "@/components/ui/toast";
import { useBlockFeed, useNetwork } from "@/features/network";
import { useReceiptStore } from "../hooks/receipt-store-context";
import { liveSettlement } from "../store/live-settlement";
import { settlePending } from "../store/settle";
import { rpcTxLookup } from "../store/tx-lookup";
import { StorageProblemBanner } from "./StorageProblemBanner";
import { whenIdle } from "@/lib/idle";

const FALLBACK_MS = 15_000;

export function ReceiptsStatus() {
  const store = useReceiptStore();
  const { network, rpcPool } = useNetwork();
  const feed = useBlockFeed();
  const toast = useToast();
  useEffect(() => {
    const abort = new AbortController();
    const lookup = rpcTxLookup(() => rpcPool.active);
    const live = liveSettlement(
      () => settlePending(store, network.chainId, lookup, abort.signal),
      (settled) =>
        toast.push({
          tone: "info",
          title: `${settled} pending receipt${settled === 1 ? "" : "s"} settled`,
          description: "Their transactions were found on chain.",
        }),
    );
    // Settling reads the whole chain: let the page paint and load its own data first.
    const cancelIdle = whenIdle(() => void live.tick());
    const offBlock = feed.onBlock(() => void live.tick());
    const offStore = store.subscribe(live.changed);
    const timer = window.setInterval(() => void live.tick(), FALLBACK_MS);
    return () => {
      live.stop();
      abort.abort();
      cancelIdle();
      offBlock();
      offStore();
      window.clearInterval(timer);
    };
  }, [store, network.chainId, rpcPool, toast, feed]);
  return (
    <div className="empty:hidden mb-3">
      <StorageProblemBanner />
    </div>
  );
}
