// Mounted once by the app shell: settles pending receipts of the selected network on load (a tab
// closed between broadcast and inclusion loses nothing) and shows storage problems on every page.
import { useEffect } from "react";
import { useToast } from "@/components/ui/toast";
import { useNetwork } from "@/features/network";
import { useReceiptStore } from "../hooks/receipt-store-context";
import { settlePending } from "../store/settle";
import { rpcTxLookup } from "../store/tx-lookup";
import { StorageProblemBanner } from "./StorageProblemBanner";
import { whenIdle } from "@/lib/idle";

export function ReceiptsStatus() {
  const store = useReceiptStore();
  const { network, rpcPool } = useNetwork();
  const toast = useToast();
  useEffect(() => {
    const abort = new AbortController();
    const settle = () =>
      settlePending(
        store,
        network.chainId,
        rpcTxLookup(() => rpcPool.active),
        abort.signal,
      ).then(
        ({ settled }) => {
          if (settled > 0 && !abort.signal.aborted)
            toast.push({
              tone: "info",
              title: `${settled} pending receipt${settled === 1 ? "" : "s"} settled`,
              description: "Transactions broadcast before the page closed were found on chain.",
            });
        },
        // A storage problem is already on the banner; the next load tries again.
        () => undefined,
      );
    // Settling reads the whole chain: let the page paint and load its own data first.
    const cancel = whenIdle(() => void settle());
    return () => {
      cancel();
      abort.abort();
    };
  }, [store, network.chainId, rpcPool, toast]);
  return (
    <div className="empty:hidden mb-3">
      <StorageProblemBanner />
    </div>
  );
}
