// Create: reserve a dseq, sign MsgCreateDeployment with its deposit, then keep the SDL and the
// manifest in this browser (they go to the provider once a bid is accepted) and refresh what the
// deposit spent and the new deployment.
import { useCallback } from "react";
import { saveDeploymentRecord } from "@/features/deployments";
import { useNetwork } from "@/features/network";
import {
  createDeployment,
  type Coin,
  type TransactionController,
  type TxResult,
} from "@/features/transactions";
import { recordOf, type BuiltDeployment } from "../utils/build-deployment";
import { reserveDseq } from "../utils/reserve-dseq";
import { useRefreshAfterTx } from "./refresh-after-tx";

export interface CreateInput {
  owner: string;
  sdl: string;
  built: BuiltDeployment;
  deposit: Coin;
  /** the latest block: a dseq is never below it */
  height: number;
  /** public, on chain and in the receipt (a redeploy says which deployment it replaces) */
  memo?: string;
}

export function useCreateDeployment(tx: TransactionController) {
  const { network } = useNetwork();
  const refresh = useRefreshAfterTx();
  return useCallback(
    async ({
      owner,
      sdl,
      built,
      deposit,
      height,
      memo,
    }: CreateInput): Promise<{ result: TxResult; dseq: string }> => {
      const dseq = await reserveDseq(network.id, owner, height);
      const msg = createDeployment({
        owner,
        dseq,
        groups: built.groupSpecs,
        hash: built.hash,
        deposit,
        overview: built.overview,
      });
      const result = await tx.run(`Create deployment ${dseq}`, [msg], {
        action: "create",
        target: { owner, dseq },
        request: {
          sdl,
          manifestVersionHash: built.hashHex,
          deposit,
          maxPrice: built.overview[0]?.maxPrice ?? null,
        },
        memo,
      });
      if (result.ok) saveDeploymentRecord(network.id, owner, dseq, recordOf(sdl, built));
      void refresh(owner, result);
      return { result, dseq };
    },
    [network.id, tx, refresh],
  );
}
