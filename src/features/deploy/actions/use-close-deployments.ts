// Close deployments: one MsgCloseDeployment per dseq in one transaction the wallet signs once (one
// from a deployment's page, several from the list), then refresh the list, leases and the escrow
// that returned to the wallet.
import { useCallback } from "react";
import { closeDeployment, type TransactionController, type TxResult } from "@/features/transactions";
import { useRefreshAfterTx } from "./refresh-after-tx";

export function useCloseDeployments(tx: TransactionController) {
  const refresh = useRefreshAfterTx();
  return useCallback(
    async ({ owner, dseqs, memo }: { owner: string; dseqs: string[]; memo?: string }): Promise<TxResult> => {
      const single = dseqs.length === 1 ? dseqs[0] : undefined;
      const result = await tx.run(
        single ? `Close deployment ${single}` : `Close ${dseqs.length} deployments`,
        dseqs.map((dseq) => closeDeployment({ owner, dseq })),
        { action: "close", target: single ? { owner, dseq: single } : { owner }, memo },
      );
      void refresh(owner, result);
      return result;
    },
    [tx, refresh],
  );
}
