// GET /akash/market/v1beta5/bids/list?filters.owner&filters.dseq: every bid providers made on
// one deployment's orders, with its price (the chain's exact DecCoin string), state (open,
// active, lost, closed), height and what it offers per resource unit (GPUs and their attributes:
// a provider names there the model it allocated). One request serves the deployment page's
// orders panel and the live bids table (which refreshes it on every block).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseChainJson, parseResourceValue, type BidId } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { marketKeys } from "../query-keys";
import { bidsPage } from "./chain-schemas";

export interface BidView extends BidId {
  state: string;
  /** per block, as the chain prints it (a DecCoin: may have 18 decimals) */
  price: { denom: string; amount: string };
  createdHeight: number;
  /** what the bid offers, per resource unit of the group (empty when the provider says nothing) */
  offer: UnitOffer[];
}

export interface UnitOffer {
  /** GPUs per replica */
  gpuUnits: number;
  /** replicas */
  count: number;
  /** GPU attribute keys offered, e.g. "vendor/nvidia/model/h100/ram/80Gi" */
  gpuKeys: string[];
}

const PAGE = { "pagination.limit": 1000 };

export async function fetchBids(rest: RestClient, owner: string, dseq: string, signal?: AbortSignal) {
  const body = await rest.get<unknown>("/akash/market/v1beta5/bids/list", {
    signal,
    params: { "filters.owner": owner, "filters.dseq": dseq, ...PAGE },
  });
  return parseChainJson(bidsPage, body, "the bids list").bids.map(({ bid }): BidView => ({
    ...bid.id,
    state: bid.state,
    price: { denom: bid.price.denom, amount: bid.price.amount },
    createdHeight: Number(bid.created_at ?? 0),
    offer: bid.resources_offer.map((o): UnitOffer => ({
      gpuUnits: parseResourceValue(o.resources?.gpu?.units?.val),
      count: o.count ?? 1,
      gpuKeys: o.resources?.gpu?.attributes.map((a) => a.key) ?? [],
    })),
  }));
}

export function bidsQuery(networkId: string, rest: RestClient, owner: string, dseq: string) {
  return queryOptions({
    queryKey: marketKeys.bids(networkId, owner, dseq),
    queryFn: ({ signal }) => fetchBids(rest, owner, dseq, signal),
    staleTime: 10_000,
    refetchInterval: 30_000,
  });
}

export function useBids(owner: string, dseq: string) {
  const { network, rest } = useNetwork();
  return useQuery({ ...bidsQuery(network.id, rest, owner, dseq), enabled: !!owner && !!dseq });
}
