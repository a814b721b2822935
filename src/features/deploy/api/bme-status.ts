// GET /akash/bme/v1/status: whether the circuit breaker currently lets ACT be minted.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { deployKeys } from "../query-keys";
import { toBmeStatus, type BmeStatus } from "./bme-json";

export async function fetchBmeStatus(rest: RestClient, signal?: AbortSignal): Promise<BmeStatus> {
  return toBmeStatus(await rest.get<unknown>("/akash/bme/v1/status", { signal }));
}

export function bmeStatusQuery(networkId: string, rest: RestClient) {
  return queryOptions({
    queryKey: deployKeys.bmeStatus(networkId),
    queryFn: ({ signal }) => fetchBmeStatus(rest, signal),
    staleTime: 30_000,
  });
}

export function useBmeStatus() {
  const { network, rest } = useNetwork();
  return useQuery(bmeStatusQuery(network.id, rest));
}
