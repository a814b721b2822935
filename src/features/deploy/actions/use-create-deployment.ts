// Create: reserve a dseq, sign MsgCreateDeployment with its deposit, then keep the SDL and the
// manifest in this browser (they go to the provider once a bid is accepted) and the draft's name
// (the list shows it instead of the dseq), and refresh what the deposit spent and the new deployment.
// The deposit may draw on deposit grants the owner holds (sources [grant, balance]); the review
// names the granters.
import { useCallback } from "react";
import { saveDeploymentName, saveDeploymentRecord } from "@/features/deployments";
import { useNetwork } from "@/features/network";
import {
  createDeployment,
  type Coin,
  type DepositFunding,
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
  /** the name the deployment is listed by in this browser (the draft's), if any */
  name?: string;
  /** deposit grants to draw on first; the wallet alone pays when absent */
  funding?: DepositFunding;
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
      name,
      funding,
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
        funding,
        reclamationSec: built.reclamationSec,
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
      if (result.ok) {
        saveDeploymentRecord(network.id, owner, dseq, recordOf(sdl, built));
        if (name) saveDeploymentName(network.id, owner, dseq, name);
      }
      void refresh(owner, result);
      return { result, dseq };
    },
    [network.id, tx, refresh],
  );
}
