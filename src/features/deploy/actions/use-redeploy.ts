// Redeploy elsewhere (a provider is reclaiming a lease, AEP-82): the create action on the same SDL
// with the deposit the caller carries over, its memo naming the deployment it replaces (public, on
// chain and in the receipt), then the link this browser keeps so the new deployment's page hides
// the reclaiming provider's bids and later closes the old deployment (useCloseReplaced). The old
// deployment keeps running meanwhile: docs/decisions/redeploy-elsewhere.md says why.
import { useCallback } from "react";
import { useNetwork } from "@/features/network";
import type { TransactionController, TxResult } from "@/features/transactions";
import { saveRedeployLink } from "../storage/redeploy-links";
import { useCreateDeployment, type CreateInput } from "./use-create-deployment";

export interface RedeployInput extends Omit<CreateInput, "memo"> {
  /** the deployment being replaced and the provider reclaiming it */
  from: { dseq: string; provider: string };
}

export function redeployMemo(from: RedeployInput["from"]): string {
  return `Redeploy of deployment ${from.dseq}: provider ${from.provider} is reclaiming its lease`;
}

export function useRedeploy(tx: TransactionController) {
  const { network } = useNetwork();
  const create = useCreateDeployment(tx);
  return useCallback(
    async (input: RedeployInput): Promise<{ result: TxResult; dseq: string }> => {
      const { from, ...rest } = input;
      const out = await create({ ...rest, memo: redeployMemo(from) });
      if (out.result.ok)
        saveRedeployLink(network.id, input.owner, out.dseq, {
          from: from.dseq,
          provider: from.provider,
          createdAt: new Date().toISOString(),
        });
      return out;
    },
    [create, network.id],
  );
}
