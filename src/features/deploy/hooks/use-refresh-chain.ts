// After a transaction is included, what the page shows from the chain is stale: deployment,
// leases, bids and balances are refetched (prefix match on the network id).
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { deploymentKeys } from "@/features/deployments";
import { marketKeys } from "@/features/market";
import { useNetwork } from "@/features/network";
import { walletKeys } from "@/features/wallet";
import { deployKeys } from "../query-keys";

export function useRefreshChain() {
  const queryClient = useQueryClient();
  const { network } = useNetwork();
  return useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: deploymentKeys.all(network.id) });
    void queryClient.invalidateQueries({ queryKey: marketKeys.all(network.id) });
    void queryClient.invalidateQueries({ queryKey: walletKeys.all(network.id) });
    void queryClient.invalidateQueries({ queryKey: deployKeys.chain(network.id) });
  }, [queryClient, network.id]);
}
