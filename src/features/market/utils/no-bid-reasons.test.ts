import { describe, expect, it } from "vitest";
import { providerFixture as provider } from "@/features/providers/testing/provider-fixture";
import { noBidReasons } from "./no-bid-reasons";

function setup() {
  const providers = [
    provider("gpu", {
      gpus: [{ vendor: "nvidia", model: "a100", ram: [], interfaces: [] }],
      attributes: [{ key: "region", value: "us-east" }],
    }),
    provider("cpu", {
      attributes: [{ key: "region", value: "eu-west" }],
      audits: [{ auditor: "akash1aud", attributes: [] }],
    }),
  ];
  const group = {
    name: "dcloud",
    gpuModels: [] as string[],
    attributes: [] as { key: string; value: string }[],
    auditors: [] as string[],
  };
  return { providers, group };
}

describe("noBidReasons", () => {
  it("names a GPU model nobody offers", () => {
    const { providers, group } = setup();
    expect(noBidReasons({ ...group, gpuModels: ["h100"] }, providers)).toEqual([
      "No registered provider offers the H100 GPU your SDL asks for.",
    ]);
  });

  it("names placement attributes that match no provider offering the GPU", () => {
    const { providers, group } = setup();
    const reasons = noBidReasons(
      { ...group, gpuModels: ["a100"], attributes: [{ key: "region", value: "eu-west" }] },
      providers,
    );
    expect(reasons).toEqual(["Your placement attributes (region=eu-west) match no provider."]);
  });

  it("names a required auditor nobody fitting has", () => {
    const { providers, group } = setup();
    expect(noBidReasons({ ...group, gpuModels: ["a100"], auditors: ["akash1aud"] }, providers)[0]).toMatch(
      /audited by the auditors/,
    );
  });

  it("blames the price when providers fit", () => {
    const { providers, group } = setup();
    expect(noBidReasons(group, providers)).toEqual([
      "2 providers fit your requirements, so their price is likely above your maximum: raise the pricing in the SDL.",
    ]);
    expect(noBidReasons(group, [])).toEqual(["No provider is registered on this network."]);
  });
});
