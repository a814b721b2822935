// GPUs that providers registered on the selected network offer, for the GPU-model lint: one
// paginated read of /akash/provider/v1beta4/providers (the attributes are on the provider
// records), cached per network for a few minutes.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { useNetwork } from "@/features/network";
import type { RestClient } from "@/lib/rest-client";
import { gpuOffersFromAttributes, mergeGpuOffers, type GpuOffer } from "../utils/gpu-offers";
import { sdlKeys } from "./query-keys";

const ProvidersPage = z.object({
  providers: z.array(
    z.object({
      owner: z.string(),
      attributes: z.array(z.object({ key: z.string(), value: z.string() })).nullish(),
    }),
  ),
  pagination: z.object({ next_key: z.string().nullish() }).nullish(),
});

/** Stops a gateway that keeps returning a next_key from paging forever. */
const MAX_PAGES = 50;

export async function fetchProviderGpus(rest: RestClient, signal?: AbortSignal): Promise<GpuOffer[]> {
  const lists: GpuOffer[][] = [];
  let key: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const raw = await rest.get<unknown>("/akash/provider/v1beta4/providers", {
      params: { "pagination.limit": 500, "pagination.key": key },
      signal,
    });
    const body = ProvidersPage.parse(raw);
    for (const p of body.providers) lists.push(gpuOffersFromAttributes(p.attributes ?? []));
    key = body.pagination?.next_key || null;
    if (!key) break;
  }
  return mergeGpuOffers(lists);
}

export function providerGpusQuery(networkId: string, rest: RestClient) {
  return queryOptions({
    queryKey: sdlKeys.providerGpus(networkId),
    queryFn: ({ signal }) => fetchProviderGpus(rest, signal),
    staleTime: 5 * 60_000,
    retry: 1,
  });
}

export function useProviderGpus() {
  const { network, rest } = useNetwork();
  return useQuery(providerGpusQuery(network.id, rest));
}
