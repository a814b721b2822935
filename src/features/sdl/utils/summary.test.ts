import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { findTemplate } from "../templates/catalog";
import { checkSdl } from "../checker/check-sdl";
import { depositRunwaySec, gpuModelLabel, MIN_DEPOSIT_UACT, summarize } from "./summary";

function setup(text: string) {
  const network = { name: "Mainnet", kind: "mainnet", deploymentDenom: "uact", averageBlockTimeSec: 6 };
  const result = checkSdl(text, { engine: chainSdk, network, gpuOffers: null });
  if (!result.manifest) throw new Error("fixture must build");
  return summarize(result.manifest, result.sdl, network);
}

describe("summarize", () => {
  it("reads services, resources, GPU models, price and deposit from what would be signed", () => {
    const summary = setup((findTemplate("ollama-llm")?.sdl ?? "").replace("count: 1", "count: 2"));
    expect(summary.services).toEqual([
      {
        name: "ollama",
        image: "ollama/ollama:0.5.7",
        placement: "akash",
        profile: "ollama",
        count: 2,
        cpuCores: 8,
        memoryBytes: 32 * 1024 ** 3,
        storage: [
          { name: "default", bytes: 20 * 1024 ** 3, persistent: false, storageClass: null },
          { name: "models", bytes: 100 * 1024 ** 3, persistent: true, storageClass: "beta3" },
        ],
        gpu: { units: 1, models: ["nvidia h100 80Gi", "nvidia a100 80Gi"] },
      },
    ]);
    expect(summary.groups).toEqual([{ name: "akash", resourceUnits: 1, replicas: 2 }]);
    // 5,081.666667 uact per replica per block (3 ACT an hour on mainnet's blocks), two replicas,
    // 6 s blocks: 438,288 blocks a month.
    expect(summary.prices).toEqual([
      { denom: "uact", perBlock: 2 * 5081.666667, perMonth: 2 * 5081.666667 * ((30.437 * 86400) / 6) },
    ]);
    expect(summary.deposit).toEqual({ amount: MIN_DEPOSIT_UACT, denom: "uact" });
  });

  it("sums prices per denom across services", () => {
    const summary = setup(findTemplate("app-database")?.sdl ?? "");
    expect(summary.services.map((s) => s.name).sort()).toEqual(["db", "wordpress"]);
    expect(summary.prices).toMatchObject([{ denom: "uact", perBlock: 33.877778 + 50.816667 }]);
  });

  it("labels GPU attributes and computes how long a deposit lasts", () => {
    expect(gpuModelLabel("vendor/nvidia/model/*")).toBe("nvidia any model");
    expect(gpuModelLabel("vendor/nvidia/model/a100/ram/40Gi/interface/pcie")).toBe("nvidia a100 40Gi");
    expect(depositRunwaySec(500_000, 4000, 6)).toBe(750);
    expect(depositRunwaySec(500_000, 0, 6)).toBe(Infinity);
  });
});
