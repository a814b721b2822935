// The market module's order book as the REST gateway returns it (market v1beta5): orders and bids
// of one deployment, validated at the boundary. Only the fields the console reads.
import * as z from "zod/mini";
import { attribute, bidId, coin, list, pageResponse, str, u64 } from "@/lib/chain-json";

export const ordersPage = z.object({
  orders: list(
    z.object({
      id: z.object({ dseq: u64, gseq: z.number(), oseq: z.number() }),
      state: str,
      created_at: z.nullish(u64),
    }),
  ),
  pagination: pageResponse,
});

export const bidsPage = z.object({
  bids: list(
    z.object({
      bid: z.object({
        id: bidId,
        state: str,
        price: coin,
        created_at: z.nullish(u64),
        resources_offer: list(
          z.object({
            resources: z.nullish(
              z.object({
                id: z.nullish(z.number()),
                gpu: z.nullish(
                  z.object({
                    units: z.nullish(z.object({ val: z.nullish(z.string()) })),
                    attributes: list(attribute),
                  }),
                ),
              }),
            ),
            count: z.nullish(z.number()),
          }),
        ),
      }),
    }),
  ),
  pagination: pageResponse,
});
