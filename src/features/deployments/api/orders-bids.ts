// GET /akash/market/v1beta5/orders/list and bids/list filtered by owner and dseq: the market
// side of one deployment (which orders are open, which bids came in and their states).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { deploymentKeys } from "../query-keys";
import { toAmount } from "../utils/map-deployment";
import type { Amount } from "../utils/types";
import { bidsPage, ordersPage } from "./chain-schemas";

export interface OrderView {
  gseq: number;
  oseq: number;
  state: string;
  createdHeight: number;
}

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

export async function fetchOrders(rest: RestClient, owner: string, dseq: string, signal?: AbortSignal) {
  const body = await rest.get<unknown>("/akash/market/v1beta5/orders/list", {
    signal,
    params: { "filters.owner": owner, "filters.dseq": dseq, ...PAGE },
  });
  return parseChainJson(ordersPage, body, "the orders list").orders.map((o): OrderView => ({
    ...o.id,
    state: o.state,
    createdHeight: Number(o.created_at ?? 0),
  }));
}

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

export function ordersQuery(networkId: string, rest: RestClient, owner: string, dseq: string) {
  return queryOptions({
    queryKey: deploymentKeys.orders(networkId, owner, dseq),
    queryFn: ({ signal }) => fetchOrders(rest, owner, dseq, signal),
    staleTime: 10_000,
    refetchInterval: 30_000,
  });
}

export function bidsQuery(networkId: string, rest: RestClient, owner: string, dseq: string) {
  return queryOptions({
    queryKey: deploymentKeys.bids(networkId, owner, dseq),
    queryFn: ({ signal }) => fetchBids(rest, owner, dseq, signal),
    staleTime: 10_000,
    refetchInterval: 30_000,
  });
}

export function useOrders(owner: string, dseq: string) {
  const { network, rest } = useNetwork();
  return useQuery({ ...ordersQuery(network.id, rest, owner, dseq), enabled: !!owner && !!dseq });
}

export function useBids(owner: string, dseq: string) {
  const { network, rest } = useNetwork();
  return useQuery({ ...bidsQuery(network.id, rest, owner, dseq), enabled: !!owner && !!dseq });
}
