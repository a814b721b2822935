// GET /akash/provider/v1beta4/providers/{owner} and /akash/audit/v1/audit/attributes/{owner}/list:
// one provider, fresh, for its detail page (also reachable for providers not in a cached list).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { providerKeys } from "../query-keys";
import { indexAudits, toProviderView, type ProviderView } from "../utils/map-provider";
import { auditsPage, providerResponse } from "./chain-schemas";

export async function fetchProvider(
  rest: RestClient,
  address: string,
  signal?: AbortSignal,
): Promise<ProviderView> {
  const owner = encodeURIComponent(address);
  const [providerBody, auditBody] = await Promise.all([
    rest.get<unknown>(`/akash/provider/v1beta4/providers/${owner}`, { signal }),
    rest.get<unknown>(`/akash/audit/v1/audit/attributes/${owner}/list`, { signal }),
  ]);
  const { provider } = parseChainJson(providerResponse, providerBody, "the provider");
  const audits = parseChainJson(auditsPage, auditBody, "the provider's audits").providers;
  return toProviderView(provider, indexAudits(audits).get(provider.owner) ?? []);
}

export function providerQuery(networkId: string, rest: RestClient, address: string) {
  return queryOptions({
    queryKey: providerKeys.detail(networkId, address),
    queryFn: ({ signal }) => fetchProvider(rest, address, signal),
    staleTime: 60_000,
  });
}

export function useProvider(address: string) {
  const { network, rest } = useNetwork();
  return useQuery({ ...providerQuery(network.id, rest, address), enabled: !!address });
}
