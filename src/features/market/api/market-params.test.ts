// The market params the console reads: order_max_bids, and since node v2.1 the reclamation bounds
// an SDL's window must lie within (absent on an older chain: it knows no reclamation).
import { describe, expect, it } from "vitest";
import { createRestClient } from "@/lib/rest-client";
import { fetchMarketParams } from "./market-params";

const serve = (params: object) =>
  createRestClient(
    ["http://rest.test"],
    async () =>
      new Response(JSON.stringify({ params }), {
        status: 200,
        headers: { "content-type": "application/json" },
      }),
  );

describe("fetchMarketParams", () => {
  it("reads the reclamation bounds (jsonpb durations) in seconds", async () => {
    const rest = serve({
      order_max_bids: 20,
      min_reclamation_window: "3600s",
      max_reclamation_window: "2592000s",
    });
    expect(await fetchMarketParams(rest)).toEqual({
      orderMaxBids: 20,
      reclamation: { minSec: 3_600, maxSec: 2_592_000 },
    });
  });

  it("has none on a chain before v2.1, or when a bound is not a duration", async () => {
    expect((await fetchMarketParams(serve({ order_max_bids: "20" }))).reclamation).toBeNull();
    const odd = serve({ order_max_bids: 20, min_reclamation_window: "1h", max_reclamation_window: "720h" });
    expect((await fetchMarketParams(odd)).reclamation).toBeNull();
  });
});
