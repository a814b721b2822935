// GET /akash/market/v1beta5/bids/list?filters.owner&filters.state=open, every page: how many open
// bids wait on each of an owner's deployments, in one owner-wide request (the alerts read it;
// never one request per deployment).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { marketKeys } from "../query-keys";
import { bidsPage } from "./chain-schemas";

const PAGE_SIZE = 1000;
const MAX_PAGES = 20;

/** dseq → number of open bids on its orders */
export async function fetchOpenBidCounts(
  rest: RestClient,
  owner: string,
  signal?: AbortSignal,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let key: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body: unknown = await rest.get<unknown>("/akash/market/v1beta5/bids/list", {
      signal,
      params: {
        "filters.owner": owner,
        "filters.state": "open",
        "pagination.limit": PAGE_SIZE,
        "pagination.key": key,
      },
    });
    const parsed = parseChainJson(bidsPage, body, "the open bids list");
    for (const { bid } of parsed.bids)
      if (bid.state === "open") counts[bid.id.dseq] = (counts[bid.id.dseq] ?? 0) + 1;
    key = parsed.pagination.nextKey;
    if (!key) return counts;
  }
  throw new Error(`More than ${MAX_PAGES * PAGE_SIZE} open bids: the list was cut short.`);
}

export function openBidCountsQuery(networkId: string, rest: RestClient, owner: string) {
  return queryOptions({
    queryKey: marketKeys.openBids(networkId, owner),
    queryFn: ({ signal }) => fetchOpenBidCounts(rest, owner, signal),
    staleTime: 10_000,
    refetchInterval: 30_000,
  });
}

export function useOpenBidCounts(owner: string, enabled: boolean) {
  const { network, rest } = useNetwork();
  return useQuery({ ...openBidCountsQuery(network.id, rest, owner), enabled: enabled && !!owner });
}
