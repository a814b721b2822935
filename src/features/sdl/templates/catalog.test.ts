import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { describe, expect, it } from "vitest";
import { MAINNET } from "@/config/networks";
import { SECONDS_PER_MONTH } from "@/lib/format";
import { gpuOffersFromAttributes } from "../utils/gpu-offers";
import { checkSdl } from "../checker/check-sdl";
import { imageTag } from "../checker/rules/image-tag";
import { summarize } from "../utils/summary";
import { CATEGORIES, TEMPLATES } from "./catalog";
import { hourlyTotalUact, priceSdl } from "./hourly-price";
import { templatePlan } from "./template-plan";
import { parseTemplateIndex } from "./template-schema";

// What the local network's providers advertise (localnet/providers/profiles.ts).
const LOCAL_OFFERS = gpuOffersFromAttributes([
  { key: "capabilities/gpu/vendor/nvidia/model/h100/ram/80Gi", value: "true" },
  { key: "capabilities/gpu/vendor/nvidia/model/a100/ram/80Gi", value: "true" },
  { key: "capabilities/gpu/vendor/nvidia/model/rtx4090/ram/24Gi", value: "true" },
]);

function setup(blockTimeSec = MAINNET.averageBlockTimeSec) {
  const network = {
    name: "Mainnet",
    kind: "mainnet",
    deploymentDenom: "uact",
    averageBlockTimeSec: blockTimeSec,
  };
  return {
    network,
    lint: (text: string) => checkSdl(text, { engine: chainSdk, network, gpuOffers: LOCAL_OFFERS }),
  };
}

const EACH = TEMPLATES.map((t) => [t.id, t] as const);

describe("template catalog", () => {
  it("has at least 24 templates across what tenants deploy, each in a known category", () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(24);
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TEMPLATES) expect(CATEGORIES).toContain(t.category);
    for (const c of CATEGORIES) expect(TEMPLATES.some((t) => t.category === c)).toBe(true);
    for (const id of ["ollama-llm", "vllm-openai", "tgi", "llama-cpp"])
      expect(TEMPLATES.find((t) => t.id === id)?.category).toBe("LLM inference");
  });

  it("is itself a valid template index (what a tenant may import has the same shape)", () => {
    const parsed = parseTemplateIndex(JSON.parse(JSON.stringify({ templates: TEMPLATES })));
    expect(parsed).toEqual({ ok: true, templates: TEMPLATES });
  });

  it.each(EACH)("%s lints clean and builds a manifest with chain-sdk", (_id, t) => {
    const result = setup().lint(t.sdl);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(result.manifest).not.toBeNull();
    expect(result.manifest?.groups.length).toBeGreaterThan(0);
  });

  it.each(EACH)("%s pins every image to a version", (_id, t) => {
    for (const s of templatePlan(t.sdl)?.services ?? []) expect(imageTag(s.image)).not.toMatch(/^(latest)?$/);
  });

  it.each(EACH)("%s: its SDL file is priced for mainnet's block time from its hourly price", (_id, t) => {
    expect(priceSdl(t.sdl, t.pricePerHour, MAINNET.averageBlockTimeSec)).toEqual({ ok: true, sdl: t.sdl });
  });

  it.each(EACH)(
    "%s costs its stated hourly price on 1 s and 6 s blocks, per hour and per month",
    (_id, t) => {
      const plan = templatePlan(t.sdl);
      if (!plan) throw new Error("template must read");
      const hourlyUact = Number(hourlyTotalUact(t.pricePerHour, plan.replicasOf));
      for (const blockTimeSec of [1, 1.0137, 6.098]) {
        const priced = priceSdl(t.sdl, t.pricePerHour, blockTimeSec);
        if (!priced.ok) throw new Error(priced.error);
        const { lint, network } = setup(blockTimeSec);
        const result = lint(priced.sdl);
        expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        if (!result.manifest) throw new Error("template must build");
        const [price, ...others] = summarize(result.manifest, result.sdl, network).prices;
        expect(others).toEqual([]);
        expect(price?.denom).toBe("uact");
        // Within a cent (10,000 uact) a month, within a micro-ACT an hour.
        expect(Math.abs((price?.perMonth ?? 0) - (hourlyUact * SECONDS_PER_MONTH) / 3600)).toBeLessThan(
          10_000,
        );
        expect(Math.abs(((price?.perBlock ?? 0) * 3600) / blockTimeSec - hourlyUact)).toBeLessThan(1);
      }
    },
  );

  it.each(EACH)("%s: the detail view shows what chain-sdk would sign", (_id, t) => {
    const { lint, network } = setup();
    const result = lint(t.sdl);
    if (!result.manifest) throw new Error("template must build");
    const signed = summarize(result.manifest, result.sdl, network).services;
    const shown = templatePlan(t.sdl)?.services ?? [];
    const view = (s: { name: string; image: string; gpu: { units: number } | null }) => ({
      name: s.name,
      image: s.image,
      gpuUnits: s.gpu?.units ?? 0,
    });
    expect(shown.map(view).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      signed.map(view).sort((a, b) => a.name.localeCompare(b.name)),
    );
    for (const s of shown) {
      const twin = signed.find((x) => x.name === s.name);
      expect(s.cpu).toBe(twin?.cpuCores);
      expect(s.memoryBytes).toBe(twin?.memoryBytes);
      expect(s.replicas).toBe(twin?.count);
      expect(s.storage.map((v) => [v.bytes, v.persistent])).toEqual(
        twin?.storage.map((v) => [v.bytes, v.persistent]),
      );
    }
  });
});
