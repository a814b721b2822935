// Close deployments: one MsgCloseDeployment per dseq in one transaction the wallet signs once (one
// from a deployment's page, several from the list), then refresh the list, leases and the escrow
// that returned to the wallet. The fee reserves gas for bids that may land on open orders before
// inclusion (utils/close-deployment-gas.ts), counted from the chain right after the simulation.
import { useCallback } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { fetchBids, fetchOrders, marketParamsQuery } from "@/features/market";
import { useNetwork } from "@/features/network";
import { closeDeployment, type TransactionController, type TxResult } from "@/features/transactions";
import { reserveForClose } from "../utils/close-deployment-gas";
import { useRefreshAfterTx } from "./refresh-after-tx";

export function useCloseDeployments(tx: TransactionController) {
  const refresh = useRefreshAfterTx();
  const queryClient = useQueryClient();
  const { network, rest } = useNetwork();

  const gasReserve = useCallback(
    (owner: string, dseqs: string[]): Promise<number> =>
      reserveForClose(dseqs, {
        orderMaxBids: async () =>
          (await queryClient.fetchQuery(marketParamsQuery(network.id, rest))).orderMaxBids,
        orders: (dseq) => fetchOrders(rest, owner, dseq),
        bids: (dseq) => fetchBids(rest, owner, dseq),
      }),
    [queryClient, network.id, rest],
  );

  return useCallback(
    async ({ owner, dseqs, memo }: { owner: string; dseqs: string[]; memo?: string }): Promise<TxResult> => {
      const single = dseqs.length === 1 ? dseqs[0] : undefined;
      const result = await tx.run(
        single ? `Close deployment ${single}` : `Close ${dseqs.length} deployments`,
        dseqs.map((dseq) => closeDeployment({ owner, dseq })),
        { action: "close", target: single ? { owner, dseq: single } : { owner }, memo },
        { gasReserve: () => gasReserve(owner, dseqs) },
      );
      void refresh(owner, result);
      return result;
    },
    [tx, refresh, gasReserve],
  );
}
