// GET /akash/provider/v1beta4/providers, every page: all registered providers.
import { queryOptions } from "@tanstack/react-query";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { providerKeys } from "../query-keys";
import { providersPage, type RawProvider } from "./chain-schemas";

const PAGE_SIZE = 500;
const MAX_PAGES = 40;

export async function fetchProviders(rest: RestClient, signal?: AbortSignal): Promise<RawProvider[]> {
  const providers: RawProvider[] = [];
  let key: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body: unknown = await rest.get<unknown>("/akash/provider/v1beta4/providers", {
      signal,
      params: { "pagination.limit": PAGE_SIZE, "pagination.key": key },
    });
    const parsed = parseChainJson(providersPage, body, "the providers list");
    providers.push(...parsed.providers);
    key = parsed.pagination.nextKey;
    if (!key) return providers;
  }
  throw new Error(`More than ${PAGE_SIZE * MAX_PAGES} providers: the list was cut short.`);
}

export function providersListQuery(networkId: string, rest: RestClient) {
  return queryOptions({
    queryKey: providerKeys.list(networkId),
    queryFn: ({ signal }) => fetchProviders(rest, signal),
    staleTime: 5 * 60_000,
  });
}
