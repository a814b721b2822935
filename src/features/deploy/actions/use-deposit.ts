// Deposit: MsgAccountDeposit from the owner's wallet into a deployment's escrow, then refresh the
// wallet's spendable balance and the deployment's escrow.
import { useCallback } from "react";
import { useNetwork } from "@/features/network";
import { accountDeposit, type TransactionController, type TxResult } from "@/features/transactions";
import { useRefreshAfterTx } from "./refresh-after-tx";

export function useDeposit(tx: TransactionController) {
  const { network } = useNetwork();
  const refresh = useRefreshAfterTx();
  return useCallback(
    /** `amount` in micro-units of the network's deployment denom */
    async ({ owner, dseq, amount }: { owner: string; dseq: string; amount: string }): Promise<TxResult> => {
      const coin = { denom: network.deploymentDenom, amount };
      const result = await tx.run(
        `Add funds to deployment ${dseq}`,
        [accountDeposit({ signer: owner, owner, dseq, amount: coin })],
        { action: "deposit", target: { owner, dseq }, request: { deposit: coin } },
      );
      void refresh(owner, result);
      return result;
    },
    [network.deploymentDenom, tx, refresh],
  );
}
