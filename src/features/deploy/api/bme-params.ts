// GET /akash/bme/v1/params: the mint spread, the epoch length and the minimum mint.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { deployKeys } from "../query-keys";
import { toBmeParams, type BmeParams } from "./bme-json";

export async function fetchBmeParams(rest: RestClient, signal?: AbortSignal): Promise<BmeParams> {
  return toBmeParams(await rest.get<unknown>("/akash/bme/v1/params", { signal }));
}

export function bmeParamsQuery(networkId: string, rest: RestClient) {
  return queryOptions({
    queryKey: deployKeys.bmeParams(networkId),
    queryFn: ({ signal }) => fetchBmeParams(rest, signal),
    // Parameters change only by governance.
    staleTime: 10 * 60_000,
  });
}

export function useBmeParams() {
  const { network, rest } = useNetwork();
  return useQuery(bmeParamsQuery(network.id, rest));
}
