// GET /akash/market/v1beta5/bids/list for one deployment: every bid with its price, state, the
// height it was made at and the GPU models it offers. One request per refresh, whatever the
// number of bids.
import { queryOptions } from "@tanstack/react-query";
import * as z from "zod/mini";
import { attribute, coin, list, parseChainJson, u64 } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { marketKeys } from "../query-keys";

const bidSchema = z.object({
  bid: z.object({
    id: z.object({
      owner: z.string(),
      dseq: u64,
      gseq: z.number(),
      oseq: z.number(),
      provider: z.string(),
      bseq: z.optional(z.number()),
    }),
    state: z.string(),
    price: coin,
    created_at: z.optional(u64),
    resources_offer: list(
      z.object({
        resources: z.optional(z.object({ gpu: z.optional(z.object({ attributes: list(attribute) })) })),
      }),
    ),
  }),
});
const bidsPage = z.object({ bids: list(bidSchema) });

export interface RawBid {
  owner: string;
  dseq: string;
  gseq: number;
  oseq: number;
  provider: string;
  bseq: number;
  state: string;
  price: { denom: string; amount: string };
  createdHeight: number;
  /** GPU attribute keys offered, e.g. "vendor/nvidia/model/h100/ram/80Gi" */
  gpuKeys: string[];
}

export async function fetchBids(
  rest: RestClient,
  owner: string,
  dseq: string,
  signal?: AbortSignal,
): Promise<RawBid[]> {
  const body = await rest.get<unknown>("/akash/market/v1beta5/bids/list", {
    signal,
    params: { "filters.owner": owner, "filters.dseq": dseq, "pagination.limit": 1000 },
  });
  return parseChainJson(bidsPage, body, "the bids list").bids.map(({ bid }) => ({
    ...bid.id,
    bseq: bid.id.bseq ?? 0,
    state: bid.state,
    price: bid.price,
    createdHeight: Number(bid.created_at ?? 0),
    gpuKeys: bid.resources_offer.flatMap((o) => o.resources?.gpu?.attributes.map((a) => a.key) ?? []),
  }));
}

export function bidsQuery(networkId: string, rest: RestClient, owner: string, dseq: string) {
  return queryOptions({
    queryKey: marketKeys.bids(networkId, owner, dseq),
    queryFn: ({ signal }) => fetchBids(rest, owner, dseq, signal),
  });
}
