// GET /akash/deployment/v1beta4/deployments/info: one deployment with its groups and escrow
// account. The raw body is kept for the "raw JSON" panel.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { deploymentKeys } from "../query-keys";
import { toDeploymentView } from "../utils/map-deployment";
import type { DeploymentView } from "../utils/types";
import { deploymentInfo } from "./chain-schemas";

export interface DeploymentInfoResult {
  deployment: DeploymentView;
  raw: unknown;
}

export async function fetchDeploymentInfo(
  rest: RestClient,
  owner: string,
  dseq: string,
  signal?: AbortSignal,
): Promise<DeploymentInfoResult> {
  const raw = await rest.get<unknown>("/akash/deployment/v1beta4/deployments/info", {
    signal,
    params: { "id.owner": owner, "id.dseq": dseq },
  });
  return { deployment: toDeploymentView(parseChainJson(deploymentInfo, raw, "the deployment")), raw };
}

export function deploymentInfoQuery(networkId: string, rest: RestClient, owner: string, dseq: string) {
  return queryOptions({
    queryKey: deploymentKeys.info(networkId, owner, dseq),
    queryFn: ({ signal }) => fetchDeploymentInfo(rest, owner, dseq, signal),
    staleTime: 10_000,
    refetchInterval: 30_000,
  });
}

export function useDeploymentInfo(owner: string, dseq: string) {
  const { network, rest } = useNetwork();
  return useQuery({ ...deploymentInfoQuery(network.id, rest, owner, dseq), enabled: !!owner && !!dseq });
}
