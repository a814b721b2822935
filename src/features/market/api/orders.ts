// GET /akash/market/v1beta5/orders/list?filters.owner&filters.dseq: the orders of one
// deployment (one per group and attempt) and their states.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { marketKeys } from "../query-keys";
import { ordersPage } from "./chain-schemas";

export interface OrderView {
  gseq: number;
  oseq: number;
  state: string;
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

export function ordersQuery(networkId: string, rest: RestClient, owner: string, dseq: string) {
  return queryOptions({
    queryKey: marketKeys.orders(networkId, owner, dseq),
    queryFn: ({ signal }) => fetchOrders(rest, owner, dseq, signal),
    staleTime: 10_000,
    refetchInterval: 30_000,
  });
}

export function useOrders(owner: string, dseq: string) {
  const { network, rest } = useNetwork();
  return useQuery({ ...ordersQuery(network.id, rest, owner, dseq), enabled: !!owner && !!dseq });
}
