// GET /akash/market/v1beta5/leases/list?filters.owner&filters.dseq: every lease of one
// deployment, in any state, for its detail page.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { deploymentKeys } from "../query-keys";
import { fetchOwnerLeases } from "./owner-leases";

export function deploymentLeasesQuery(networkId: string, rest: RestClient, owner: string, dseq: string) {
  return queryOptions({
    queryKey: deploymentKeys.leases(networkId, owner, dseq),
    queryFn: ({ signal }) => fetchOwnerLeases(rest, { owner, dseq }, signal),
    staleTime: 10_000,
    refetchInterval: 30_000,
  });
}

export function useDeploymentLeases(owner: string, dseq: string) {
  const { network, rest } = useNetwork();
  return useQuery({ ...deploymentLeasesQuery(network.id, rest, owner, dseq), enabled: !!owner && !!dseq });
}
