// Close one lease and keep the deployment: MsgCloseLease, then refresh its leases, orders (the
// chain opens a new one for the group) and escrow.
import { useCallback } from "react";
import { bidIdOf, type LeaseId } from "@/lib/chain-json";
import { closeLease, type TransactionController, type TxResult } from "@/features/transactions";
import { useRefreshAfterTx } from "./refresh-after-tx";

export function useCloseLease(tx: TransactionController) {
  const refresh = useRefreshAfterTx();
  return useCallback(
    async ({ lease, providerName }: { lease: LeaseId; providerName: string }): Promise<TxResult> => {
      const id = bidIdOf(lease);
      const result = await tx.run("Close lease", [closeLease({ lease: id, providerName })], {
        action: "close-lease",
        target: id,
      });
      void refresh(id.owner, result);
      return result;
    },
    [tx, refresh],
  );
}
