// Mint ACT: burn AKT with MsgMintACT (the BME pays out at the end of its epoch), then refresh the
// wallet's balances and the BME status. The caller watches for the ACT to arrive (useActArrival).
import { useCallback } from "react";
import {
  mintAct,
  type Coin,
  type MintRate,
  type TransactionController,
  type TxResult,
} from "@/features/transactions";
import { useRefreshAfterTx } from "./refresh-after-tx";

export interface MintInput {
  owner: string;
  /** uakt to burn */
  burn: Coin;
  /** what the oracle price predicts, shown in the review; null when it cannot be predicted */
  expected: Coin | null;
  rate: MintRate | null;
}

export function useMintAct(tx: TransactionController) {
  const refresh = useRefreshAfterTx();
  return useCallback(
    async (input: MintInput): Promise<TxResult> => {
      const result = await tx.run("Mint ACT", [mintAct(input)], {
        action: "mint",
        target: { owner: input.owner },
      });
      void refresh(input.owner, result);
      return result;
    },
    [tx, refresh],
  );
}
