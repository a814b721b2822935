// GET /akash/deployment/v1beta4/deployments/list: one owner's deployments in one state, newest
// first (reverse key order), paged by next_key.
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { deploymentKeys, type DeploymentStateFilter } from "../query-keys";
import { toDeploymentView } from "../utils/map-deployment";
import type { DeploymentView } from "../utils/types";
import { deploymentsPage } from "./chain-schemas";

export const DEPLOYMENTS_PAGE_SIZE = 100;

export interface DeploymentsPage {
  deployments: DeploymentView[];
  nextKey: string | null;
}

export async function fetchDeploymentsPage(
  rest: RestClient,
  params: { owner: string; state: DeploymentStateFilter; key: string | null; limit?: number },
  signal?: AbortSignal,
): Promise<DeploymentsPage> {
  const body = await rest.get<unknown>("/akash/deployment/v1beta4/deployments/list", {
    signal,
    params: {
      "filters.owner": params.owner,
      "filters.state": params.state,
      "pagination.limit": params.limit ?? DEPLOYMENTS_PAGE_SIZE,
      "pagination.key": params.key,
      "pagination.reverse": true,
    },
  });
  const page = parseChainJson(deploymentsPage, body, "the deployments list");
  return { deployments: page.deployments.map(toDeploymentView), nextKey: page.pagination.nextKey };
}

export function deploymentsListQuery(
  networkId: string,
  rest: RestClient,
  owner: string,
  state: DeploymentStateFilter,
) {
  return infiniteQueryOptions({
    queryKey: deploymentKeys.list(networkId, owner, state),
    queryFn: ({ pageParam, signal }) => fetchDeploymentsPage(rest, { owner, state, key: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextKey,
    staleTime: 30_000,
    enabled: owner !== "",
  });
}

export function useDeploymentsList(owner: string, state: DeploymentStateFilter, enabled = true) {
  const { network, rest } = useNetwork();
  return useInfiniteQuery({
    ...deploymentsListQuery(network.id, rest, owner, state),
    enabled: enabled && !!owner,
  });
}
