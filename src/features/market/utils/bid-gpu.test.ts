import { describe, expect, it } from "vitest";
import type { UnitOffer } from "../api/bids";
import { bidGpu, gpuText } from "./bid-gpu";

const unit = (gpuKeys: string[], gpuUnits = 1, count = 1): UnitOffer => ({ gpuUnits, count, gpuKeys });
const WEB = unit([], 0);
const ASKED = ["a100", "h100"];

describe("bidGpu", () => {
  it("takes the one model a provider names in its offer as the GPU it allocates", () => {
    const gpu = bidGpu([WEB, unit(["vendor/nvidia/model/a100/ram/80Gi"], 2, 2)], ASKED, 4, [
      "a100",
      "rtx4090",
    ]);
    expect(gpu).toEqual({ kind: "allocated", models: ["a100"], count: 4 });
    expect(gpuText(gpu)).toBe("4 × A100");
  });

  it("narrows an offer that echoes the order's models to those the provider advertises", () => {
    const echo = unit(["vendor/nvidia/model/h100/ram/80Gi", "vendor/nvidia/model/a100/ram/80Gi"]);
    expect(bidGpu([echo], ASKED, 1, ["a100", "rtx4090"])).toEqual({
      kind: "one-of",
      models: ["a100"],
      count: 1,
    });
    const both = bidGpu([echo], ASKED, 1, ["a100", "h100"]);
    expect(gpuText(both)).toBe("1 × one of: A100, H100");
    expect(gpuText(bidGpu([echo], ASKED, 1, ["a100"]))).toMatch(
      /A100 \(from its attributes; the bid does not say\)/,
    );
  });

  it("reads an offer without units (an old provider) against the order and the provider", () => {
    expect(bidGpu([], ASKED, 2, ["h100"])).toEqual({ kind: "one-of", models: ["h100"], count: 2 });
    expect(bidGpu([], [], 1, ["rtx4090", "a100"])).toEqual({
      kind: "one-of",
      models: ["a100", "rtx4090"],
      count: 1,
    });
    expect(bidGpu([], ASKED, 1, ["rtx4090"])).toEqual({ kind: "unknown", count: 1 });
    expect(bidGpu([], ASKED, 1, null)).toEqual({ kind: "one-of", models: ASKED, count: 1 });
  });

  it("treats a wildcard offer as unnamed, and a bid without GPUs as none", () => {
    expect(bidGpu([unit(["vendor/nvidia/model/*"])], [], 1, ["l40s"])).toEqual({
      kind: "one-of",
      models: ["l40s"],
      count: 1,
    });
    expect(bidGpu([WEB], [], 0, ["h100"])).toEqual({ kind: "none" });
    expect(gpuText({ kind: "none" })).toBe("");
  });
});
