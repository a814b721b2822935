import { describe, expect, it } from "vitest";
import type { GpuOffer } from "../../utils/gpu-offers";
import { gpuModelRule } from "./gpu-model";
import { ruleContextFor } from "../../testing/rule-context";

const OFFERS: GpuOffer[] = [
  { vendor: "nvidia", model: "h100", ram: "80Gi" },
  { vendor: "nvidia", model: "a100", ram: "80Gi" },
  { vendor: "nvidia", model: "rtx4090", ram: "24Gi" },
];

function setup(models: string, offers: GpuOffer[] | null = OFFERS) {
  const text = [
    "profiles:",
    "  compute:",
    "    llm:",
    "      resources:",
    "        gpu:",
    "          units: 1",
    "          attributes:",
    "            vendor:",
    "              nvidia:",
    models,
  ].join("\n");
  return gpuModelRule(ruleContextFor(text, offers));
}

describe("gpuModelRule", () => {
  it("warns about a model nobody offers, at its line, naming what is offered", () => {
    const [d, ...rest] = setup("                - model: h200");
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      severity: "warning",
      source: "gpu-model",
      range: { startLine: 10, startColumn: 26 },
    });
    expect(d?.message).toContain("nvidia h200");
    expect(d?.hint).toBe("Offered: a100 (80Gi), h100 (80Gi), rtx4090 (24Gi).");
  });

  it("checks the memory size when the SDL asks for one", () => {
    const diagnostics = setup(
      "                - model: h100\n                  ram: 40Gi\n                - model: a100",
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toContain("h100 with 40Gi");
  });

  it("accepts offered models and 'any model'", () => {
    expect(setup("                - model: rtx4090\n                  ram: 24Gi")).toEqual([]);
    expect(setup("                null")).toEqual([]);
  });

  it("leaves unknown vendors to the schema error", () => {
    const text =
      "profiles:\n  compute:\n    a:\n      resources:\n        gpu:\n          attributes:\n            vendor:\n              nvidiaa:\n                - model: h100";
    expect(gpuModelRule(ruleContextFor(text, OFFERS))).toEqual([]);
  });

  it("says so when the network has no GPU at all, and stays quiet while offers are unknown", () => {
    expect(setup("                - model: h100", [])[0]?.message).toMatch(/offers nvidia GPUs/);
    expect(setup("                - model: h200", null)).toEqual([]);
  });
});
