// Accept a bid: MsgCreateLease for it, then refresh the deployment's leases and bids. The caller
// sends the manifest to the provider next (useSendManifest): a lease is useless without it.
import { useCallback } from "react";
import type { BidView } from "@/features/market";
import { bidIdOf } from "@/lib/chain-json";
import { createLease, type TransactionController, type TxResult } from "@/features/transactions";
import { useRefreshAfterTx } from "./refresh-after-tx";

export function useAcceptBid(tx: TransactionController) {
  const refresh = useRefreshAfterTx();
  return useCallback(
    async ({ bid, providerName }: { bid: BidView; providerName: string }): Promise<TxResult> => {
      const id = bidIdOf(bid);
      const result = await tx.run(
        `Accept ${providerName}'s bid`,
        [createLease({ bid: id, price: bid.price, providerName })],
        { action: "accept-bid", target: id, request: { maxPrice: bid.price } },
      );
      void refresh(id.owner, result);
      return result;
    },
    [tx, refresh],
  );
}
