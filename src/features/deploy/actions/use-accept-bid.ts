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
import { reserveForAccept } from "../utils/accept-bid-gas";
import { useRefreshAfterTx } from "./refresh-after-tx";

export function useAcceptBid(tx: TransactionController) {
  const refresh = useRefreshAfterTx();
  const queryClient = useQueryClient();
  const { network, rest } = useNetwork();

  const gasReserve = useCallback(
    (bid: BidView): Promise<number> =>
      reserveForAccept(bid, {
        orderMaxBids: async () =>
          (await queryClient.fetchQuery(marketParamsQuery(network.id, rest))).orderMaxBids,
        bids: () => fetchBids(rest, bid.owner, bid.dseq),
      }),
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
