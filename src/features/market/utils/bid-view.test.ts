import { describe, expect, it } from "vitest";
import type { BidView } from "../api/bids";
import { providerFixture as provider } from "@/features/providers/testing/provider-fixture";
import {
  allocatedModels,
  NO_FILTERS,
  priceAmongOthers,
  priceContext,
  selectBids,
  toBidRow,
  unstatedGpuBids,
} from "./bid-view";

function bid(provider: string, amount: string, over: Partial<BidView> = {}): BidView {
  return {
    owner: "akash1o",
    dseq: "10",
    gseq: 1,
    oseq: 1,
    provider,
    bseq: 0,
    state: "open",
    price: { denom: "uact", amount },
    createdHeight: 100,
    offer: [],
    ...over,
  };
}

const gpus = (key: string, gpuUnits = 1) => [{ gpuUnits, count: 1, gpuKeys: [key] }];
const ORDER = { models: ["a100", "h100"], count: 1 };

function setup() {
  const providers = new Map([
    ["a", provider("a", { audits: [{ auditor: "akash1auditor", attributes: [] }], audited: true })],
    ["b", provider("b", { gpus: [{ vendor: "nvidia", model: "a100", ram: [], interfaces: [] }] })],
    ["d", provider("d", { gpus: [{ vendor: "nvidia", model: "h100", ram: [], interfaces: [] }] })],
  ]);
  const row = (b: BidView) => toBidRow(b, providers.get(b.provider), 110, 6, ORDER);
  const rows = [
    row(bid("a", "12.5", { offer: gpus("vendor/nvidia/model/h100/ram/80Gi") })),
    row(bid("b", "7", { offer: gpus("vendor/nvidia/model/a100") })),
    row(bid("c", "3", { state: "closed" })),
    // An offer that echoes the order: which GPU it runs on is not said.
    row(
      bid("d", "9", {
        offer: [{ gpuUnits: 1, count: 1, gpuKeys: ["vendor/nvidia/model/h100", "vendor/nvidia/model/a100"] }],
      }),
    ),
  ];
  return { rows };
}

const providersOf = (rows: { bid: BidView }[]) => rows.map((r) => r.bid.provider);

describe("bid rows", () => {
  it("prices per block, hour, month and GPU-hour and says how long the bid is open", () => {
    const { rows } = setup();
    expect(rows[0]).toMatchObject({
      providerName: "Provider a",
      perBlock: 12.5,
      perHour: 7500,
      perGpuHour: 7500,
      openSeconds: 60,
      auditors: ["akash1auditor"],
      gpu: { kind: "allocated", models: ["h100"], count: 1 },
    });
    expect(rows[0]?.perMonth).toBeCloseTo((12.5 * 30.437 * 86400) / 6);
    expect(rows[3]?.gpu).toEqual({ kind: "one-of", models: ["h100"], count: 1 });
    expect(rows[2]?.providerName).toBe("c");
  });

  it("keeps open bids, cheapest first, and applies filters", () => {
    const { rows } = setup();
    expect(providersOf(selectBids(rows, NO_FILTERS))).toEqual(["b", "d", "a"]);
    expect(providersOf(selectBids(rows, { ...NO_FILTERS, auditedOnly: true }))).toEqual(["a"]);
    expect(providersOf(selectBids(rows, { ...NO_FILTERS, maxPerBlock: 10 }))).toEqual(["b", "d"]);
  });

  it("lets a GPU filter keep only bids that name that model, and counts those it leaves out", () => {
    const { rows } = setup();
    expect(allocatedModels(rows)).toEqual(["a100", "h100"]);
    expect(providersOf(selectBids(rows, { ...NO_FILTERS, gpuModel: "h100" }))).toEqual(["a"]);
    expect(unstatedGpuBids(rows, "h100")).toBe(1);
    expect(unstatedGpuBids(rows, null)).toBe(0);
  });

  it("orders by price per GPU-hour and by uptime rank, the cheaper first on ties", () => {
    const order = { models: [], count: 0 };
    const two = toBidRow(
      bid("two", "10", { offer: gpus("vendor/nvidia/model/a100", 2) }),
      undefined,
      110,
      6,
      order,
    );
    const one = toBidRow(
      bid("one", "8", { offer: gpus("vendor/nvidia/model/a100", 1) }),
      undefined,
      110,
      6,
      order,
    );
    const cpu = toBidRow(bid("cpu", "1"), undefined, 110, 6, order);
    expect(providersOf(selectBids([one, two, cpu], NO_FILTERS, "price"))).toEqual(["cpu", "one", "two"]);
    expect(providersOf(selectBids([one, two, cpu], NO_FILTERS, "gpu-hour"))).toEqual(["two", "one", "cpu"]);
    const rank = (p: string) => ({ one: 0.1, two: 4, cpu: 0.1 })[p] ?? 9;
    expect(providersOf(selectBids([one, two, cpu], NO_FILTERS, "uptime", rank))).toEqual([
      "cpu",
      "one",
      "two",
    ]);
  });

  it("places a price among the open bids: the cheapest and the median", () => {
    const { rows } = setup();
    const ctx = priceContext(rows);
    // Open bids per hour: 4,200 (b), 5,400 (d), 7,500 (a) uact.
    expect(ctx).toEqual({ cheapest: 4200, median: 5400, count: 3 });
    expect(priceAmongOthers(4200, ctx)).toBe("Cheapest of 3 · 22% under the median");
    expect(priceAmongOthers(7500, ctx)).toBe("+79% vs the cheapest · 39% over the median");
    expect(priceAmongOthers(5400, ctx)).toBe("+29% vs the cheapest · at the median");
    expect(priceAmongOthers(5400, { cheapest: 5400, median: 5400, count: 1 })).toBeNull();
  });
});
