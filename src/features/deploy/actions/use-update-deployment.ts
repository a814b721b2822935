// Update: MsgUpdateDeployment with the new manifest's version hash, then keep the new SDL and
// manifest in this browser and refresh the deployment from the chain. The caller sends the new
// manifest to every lease next (useSendManifest).
import { useCallback } from "react";
import { saveDeploymentRecord } from "@/features/deployments";
import { useNetwork } from "@/features/network";
import { updateDeployment, type TransactionController, type TxResult } from "@/features/transactions";
import { recordOf, type BuiltDeployment } from "../utils/build-deployment";
import { useRefreshAfterTx } from "./refresh-after-tx";

export interface UpdateInput {
  owner: string;
  dseq: string;
  /** the edited SDL exactly as checked and built */
  sdl: string;
  built: BuiltDeployment;
  /** the lines the update adds, for the review */
  changes: string[];
}

export function useUpdateDeployment(tx: TransactionController) {
  const { network } = useNetwork();
  const refresh = useRefreshAfterTx();
  return useCallback(
    async ({ owner, dseq, sdl, built, changes }: UpdateInput): Promise<TxResult> => {
      const result = await tx.run(
        `Update deployment ${dseq}`,
        [updateDeployment({ owner, dseq, hash: built.hash, changes })],
        { action: "update", target: { owner, dseq }, request: { sdl, manifestVersionHash: built.hashHex } },
      );
      if (result.ok) saveDeploymentRecord(network.id, owner, dseq, recordOf(sdl, built));
      void refresh(owner, result);
      return result;
    },
    [network.id, tx, refresh],
  );
}
