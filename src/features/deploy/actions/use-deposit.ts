// Deposit: MsgAccountDeposit from the owner's wallet (or first from deposit grants it holds) into
// a deployment's escrow, then refresh the wallet's spendable balance, the deployment's escrow and
// the grants it drew on.
import { useCallback } from "react";
import { useNetwork } from "@/features/network";
import {
  accountDeposit,
  type DepositFunding,
  type TransactionController,
  type TxResult,
} from "@/features/transactions";
import { useRefreshAfterTx } from "./refresh-after-tx";

export function useDeposit(tx: TransactionController) {
  const { network } = useNetwork();
  const refresh = useRefreshAfterTx();
  return useCallback(
    /** `amount` in micro-units of the network's deployment denom */
    async (p: {
      owner: string;
      dseq: string;
      amount: string;
      funding?: DepositFunding;
    }): Promise<TxResult> => {
      const { owner, dseq, amount, funding } = p;
      const coin = { denom: network.deploymentDenom, amount };
      const result = await tx.run(
        `Add funds to deployment ${dseq}`,
        [accountDeposit({ signer: owner, owner, dseq, amount: coin, funding })],
        { action: "deposit", target: { owner, dseq }, request: { deposit: coin } },
      );
      void refresh(owner, result);
      return result;
    },
    [network.deploymentDenom, tx, refresh],
  );
}
