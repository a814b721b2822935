import { describe, expect, it } from "vitest";
import type { BidView } from "../api/bids";
import { providerFixture as provider } from "@/features/providers/testing/provider-fixture";
import { gpuModelsFromKeys, selectBids, toBidRow, NO_FILTERS } from "./bid-view";

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
    gpuKeys: [],
    ...over,
  };
}

function setup() {
  const providers = new Map([
    ["a", provider("a", { audits: [{ auditor: "akash1auditor", attributes: [] }], audited: true })],
    ["b", provider("b", { gpus: [{ vendor: "nvidia", model: "a100", ram: [], interfaces: [] }] })],
  ]);
  const rows = [
    toBidRow(
      bid("a", "12.5", { gpuKeys: ["vendor/nvidia/model/h100/ram/80Gi"] }),
      providers.get("a"),
      110,
      6,
    ),
    toBidRow(bid("b", "7"), providers.get("b"), 110, 6),
    toBidRow(bid("c", "3", { state: "closed" }), undefined, 110, 6),
  ];
  return { rows };
}

describe("bid rows", () => {
  it("prices per block, hour and month and says how long the bid is open", () => {
    const { rows } = setup();
    expect(rows[0]).toMatchObject({
      providerName: "Provider a",
      perBlock: 12.5,
      perHour: 7500,
      openSeconds: 60,
      auditors: ["akash1auditor"],
      gpuModels: ["h100"],
    });
    expect(rows[0]?.perMonth).toBeCloseTo((12.5 * 30.437 * 86400) / 6);
    expect(rows[1]?.gpuModels).toEqual(["a100"]);
    expect(rows[2]?.providerName).toBe("c");
  });

  it("keeps open bids, cheapest first, and applies filters", () => {
    const { rows } = setup();
    expect(selectBids(rows, NO_FILTERS).map((r) => r.bid.provider)).toEqual(["b", "a"]);
    expect(selectBids(rows, { ...NO_FILTERS, auditedOnly: true }).map((r) => r.bid.provider)).toEqual(["a"]);
    expect(selectBids(rows, { ...NO_FILTERS, gpuModel: "h100" }).map((r) => r.bid.provider)).toEqual(["a"]);
    expect(selectBids(rows, { ...NO_FILTERS, maxPerBlock: 10 }).map((r) => r.bid.provider)).toEqual(["b"]);
  });

  it("reads GPU models and formats durations", () => {
    expect(
      gpuModelsFromKeys([
        "vendor/nvidia/model/rtx4090",
        "vendor/nvidia/model/*",
        "vendor/nvidia/model/a100/ram/40Gi",
      ]),
    ).toEqual(["a100", "rtx4090"]);
  });
});
