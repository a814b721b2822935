// Accept a bid: MsgCreateLease for it, then refresh the deployment's leases and bids. The caller
// sends the manifest to the provider next (useSendManifest): a lease is useless without it. The
// fee reserves gas for bids that may land before inclusion (utils/accept-bid-gas.ts), counted
// from the chain right after the simulation.
import { useCallback } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { fetchBids, marketParamsQuery, type BidView } from "@/features/market";
import { useNetwork } from "@/features/network";
import { bidIdOf } from "@/lib/chain-json";
import { createLease, type TransactionController, type TxResult } from "@/features/transactions";
import { acceptBidGasReserve, DEFAULT_ORDER_MAX_BIDS } from "../utils/accept-bid-gas";
import { useRefreshAfterTx } from "./refresh-after-tx";

export function useAcceptBid(tx: TransactionController) {
  const refresh = useRefreshAfterTx();
  const queryClient = useQueryClient();
  const { network, rest } = useNetwork();

  const gasReserve = useCallback(
    async (bid: BidView): Promise<number> => {
      const [params, bids] = await Promise.all([
        queryClient.fetchQuery(marketParamsQuery(network.id, rest)).catch(() => null),
        fetchBids(rest, bid.owner, bid.dseq).catch(() => null),
      ]);
      // Unknown counts reserve for the most bids the order could take (only the accepted one counted).
      const onOrder = bids?.filter((b) => b.gseq === bid.gseq && b.oseq === bid.oseq).length ?? 1;
      return acceptBidGasReserve(params?.orderMaxBids ?? DEFAULT_ORDER_MAX_BIDS, onOrder);
    },
    [queryClient, network.id, rest],
  );

  return useCallback(
    async ({ bid, providerName }: { bid: BidView; providerName: string }): Promise<TxResult> => {
      const id = bidIdOf(bid);
      const result = await tx.run(
        `Accept ${providerName}'s bid`,
        [createLease({ bid: id, price: bid.price, providerName })],
        { action: "accept-bid", target: id, request: { maxPrice: bid.price } },
        { gasReserve: () => gasReserve(bid) },
      );
      void refresh(id.owner, result);
      return result;
    },
    [tx, refresh, gasReserve],
  );
}
