// GET /akash/market/v1beta5/leases/list?filters.owner&filters.provider: one owner's leases on one
// provider, in every state, for that provider's page. One paged query, never one per deployment.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { deploymentKeys } from "../query-keys";
import { fetchOwnerLeases } from "./owner-leases";

export function providerLeasesQuery(networkId: string, rest: RestClient, owner: string, provider: string) {
  return queryOptions({
    queryKey: deploymentKeys.providerLeases(networkId, owner, provider),
    queryFn: ({ signal }) => fetchOwnerLeases(rest, { owner, provider }, signal),
    staleTime: 30_000,
  });
}

export function useProviderLeases(owner: string | null, provider: string) {
  const { network, rest } = useNetwork();
  return useQuery({
    ...providerLeasesQuery(network.id, rest, owner ?? "", provider),
    enabled: !!owner && !!provider,
  });
}
