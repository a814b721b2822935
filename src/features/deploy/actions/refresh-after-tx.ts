// After a transaction reaches the chain, what the page shows from the chain is stale. One place
// says which reads a tenant's transaction can change, by the features' network-scoped query-key
// factories (prefix matches): the account's balances (spendable and in escrow), its deployments
// (list, detail with escrow, leases), its orders and bids, the BME/oracle reads a mint moves, and
// the network's grants and fee allowances (a grant concerns two accounts; a deposit from a grant,
// a close giving back to one and a fee paid by an allowance all move them).
import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useCallback } from "react";
import { deploymentKeys } from "@/features/deployments";
import { fundingKeys } from "@/features/funding";
import { marketKeys } from "@/features/market";
import { useNetwork } from "@/features/network";
import type { TxResult } from "@/features/transactions";
import { walletKeys } from "@/features/wallet";
import { deployKeys } from "../query-keys";

export function chainReadsChangedBy(networkId: string, owner: string): QueryKey[] {
  return [
    walletKeys.account(networkId, owner),
    deploymentKeys.owner(networkId, owner),
    marketKeys.owner(networkId, owner),
    deployKeys.chain(networkId),
    fundingKeys.all(networkId),
  ];
}

/**
 * Included, or refused in its block (the fee is spent either way). A transaction whose inclusion
 * could not be confirmed is left alone: nothing is known to have changed.
 */
export function reachedChain(result: TxResult): boolean {
  return result.ok || (result.kind === "chain" && result.txHash !== null);
}

/** Refetches what `owner`'s transaction can have changed, once it reached the chain. */
export function useRefreshAfterTx() {
  const queryClient = useQueryClient();
  const { network } = useNetwork();
  return useCallback(
    async (owner: string, result: TxResult) => {
      if (!reachedChain(result)) return;
      await Promise.all(
        chainReadsChangedBy(network.id, owner).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
    [queryClient, network.id],
  );
}
