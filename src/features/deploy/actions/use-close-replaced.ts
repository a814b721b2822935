// The last step of a redeploy elsewhere: once the new lease is ready, close the deployment it
// replaces (MsgCloseDeployment), which stops the reclaimed lease's charges and returns what is
// left in its escrow to the wallet. Receipt: action "close", target the old deployment.
import { useCallback } from "react";
import { useNetwork } from "@/features/network";
import type { TransactionController, TxResult } from "@/features/transactions";
import { markOldClosed } from "../storage/redeploy-links";
import { useCloseDeployments } from "./use-close-deployments";

export function useCloseReplaced(tx: TransactionController) {
  const { network } = useNetwork();
  const close = useCloseDeployments(tx);
  return useCallback(
    async ({ owner, dseq, oldDseq }: { owner: string; dseq: string; oldDseq: string }): Promise<TxResult> => {
      const memo = `Close deployment ${oldDseq}: redeployed elsewhere as deployment ${dseq}`;
      const result = await close({ owner, dseqs: [oldDseq], memo });
      if (result.ok) markOldClosed(network.id, owner, dseq);
      return result;
    },
    [close, network.id],
  );
}
