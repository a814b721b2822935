// GET /akash/market/v1beta5/bids/list?filters.owner&filters.dseq: every bid providers made
// on one deployment's orders, with its price and state (open, active, lost, closed).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { deploymentKeys } from "../query-keys";
import { toAmount } from "../utils/map-deployment";
import type { Amount } from "../utils/types";
import { bidsPage } from "./chain-schemas";

export interface BidView {
  gseq: number;
  oseq: number;
  provider: string;
  bseq: number;
  state: string;
  price: Amount;
  createdHeight: number;
}

const PAGE = { "pagination.limit": 1000 };

export async function fetchBids(rest: RestClient, owner: string, dseq: string, signal?: AbortSignal) {
  const body = await rest.get<unknown>("/akash/market/v1beta5/bids/list", {
    signal,
    params: { "filters.owner": owner, "filters.dseq": dseq, ...PAGE },
  });
  return parseChainJson(bidsPage, body, "the bids list").bids.map(({ bid }): BidView => ({
    gseq: bid.id.gseq,
    oseq: bid.id.oseq,
    provider: bid.id.provider,
    bseq: bid.id.bseq,
    state: bid.state,
    price: toAmount(bid.price),
    createdHeight: Number(bid.created_at ?? 0),
  }));
}

export function bidsQuery(networkId: string, rest: RestClient, owner: string, dseq: string) {
  return queryOptions({
    queryKey: deploymentKeys.bids(networkId, owner, dseq),
    queryFn: ({ signal }) => fetchBids(rest, owner, dseq, signal),
    staleTime: 10_000,
    refetchInterval: 30_000,
  });
}

export function useBids(owner: string, dseq: string) {
  const { network, rest } = useNetwork();
  return useQuery({ ...bidsQuery(network.id, rest, owner, dseq), enabled: !!owner && !!dseq });
}
