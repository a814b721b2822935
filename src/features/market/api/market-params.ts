// GET /akash/market/v1beta5/params: the market's parameters. The console needs one of them:
// order_max_bids, how many bids an order may collect (the node refuses a bid once an order has
// more than that many), which bounds the gas an accepted bid can cost (accepting closes the rest);
// and, since node v2.1 (AEP-82), min/max_reclamation_window, the bounds of an SDL's reclamation
// window (jsonpb durations, "3600s"). A chain without them does not know reclamation.
import { queryOptions } from "@tanstack/react-query";
import * as z from "zod/mini";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { marketKeys } from "../query-keys";

// uint32 in the proto: a JSON number, though some gateways print integers as strings.
const paramsAnswer = z.object({
  params: z.object({
    order_max_bids: z.union([z.number(), z.string()]),
    min_reclamation_window: z.optional(z.string()),
    max_reclamation_window: z.optional(z.string()),
  }),
});

export interface MarketParams {
  orderMaxBids: number;
  /** seconds; null when the chain has no reclamation (before node v2.1) */
  reclamation: { minSec: number; maxSec: number } | null;
}

/** A jsonpb Duration in whole seconds ("3600s", "1.5s" → 1); null when it is not one. */
function durationSec(text: string | undefined): number | null {
  const m = text === undefined ? null : /^(\d+)(?:\.\d{1,9})?s$/.exec(text);
  return m ? Number(m[1]) : null;
}

export async function fetchMarketParams(rest: RestClient, signal?: AbortSignal): Promise<MarketParams> {
  const body = await rest.get<unknown>("/akash/market/v1beta5/params", { signal });
  const { params } = parseChainJson(paramsAnswer, body, "the market parameters");
  const orderMaxBids = Number(params.order_max_bids);
  if (!Number.isSafeInteger(orderMaxBids) || orderMaxBids < 0)
    throw new Error("The market parameters carry no valid order_max_bids.");
  const minSec = durationSec(params.min_reclamation_window);
  const maxSec = durationSec(params.max_reclamation_window);
  const reclamation = minSec !== null && maxSec !== null ? { minSec, maxSec } : null;
  return { orderMaxBids, reclamation };
}

export function marketParamsQuery(networkId: string, rest: RestClient) {
  return queryOptions({
    queryKey: marketKeys.params(networkId),
    queryFn: ({ signal }) => fetchMarketParams(rest, signal),
    // Governance changes them rarely; an accept reads them at most once an hour.
    staleTime: 60 * 60_000,
  });
}
