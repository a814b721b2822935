import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { gpuOffersFromAttributes } from "../utils/gpu-offers";
import { checkSdl } from "../checker/check-sdl";
import { summarize } from "../utils/summary";
import { TEMPLATES } from "./catalog";

// What the local network's providers advertise (localnet/providers/profiles.ts).
const LOCAL_OFFERS = gpuOffersFromAttributes([
  { key: "capabilities/gpu/vendor/nvidia/model/h100/ram/80Gi", value: "true" },
  { key: "capabilities/gpu/vendor/nvidia/model/a100/ram/80Gi", value: "true" },
  { key: "capabilities/gpu/vendor/nvidia/model/rtx4090/ram/24Gi", value: "true" },
]);

function setup() {
  const network = { name: "Mainnet", kind: "mainnet", deploymentDenom: "uact", averageBlockTimeSec: 6.098 };
  return {
    network,
    lint: (text: string) => checkSdl(text, { engine: chainSdk, network, gpuOffers: LOCAL_OFFERS }),
  };
}

describe("template catalog", () => {
  it("has the templates tenants start from", () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["web-server", "static-site", "postgres", "app-database", "private-registry"])
      expect(ids).toContain(id);
    for (const id of ["ollama-llm", "vllm-openai", "comfyui", "jupyter-gpu"])
      expect(TEMPLATES.find((t) => t.id === id)?.category).toBe("GPU / AI");
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s passes our lint with zero errors or warnings",
    (_id, t) => {
      const { lint } = setup();
      const result = lint(t.sdl);
      expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
      expect(result.manifest).not.toBeNull();
    },
  );

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s is priced in ACT as its catalog entry says",
    (_id, t) => {
      const { lint, network } = setup();
      const result = lint(t.sdl);
      if (!result.manifest) throw new Error("template must build");
      const summary = summarize(result.manifest, result.sdl, network);
      expect(summary.prices).toEqual([
        expect.objectContaining({ denom: "uact", perBlock: t.maxPricePerBlockUact }),
      ]);
    },
  );
});
