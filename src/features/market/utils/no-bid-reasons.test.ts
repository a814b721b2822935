import { describe, expect, it } from "vitest";
import { providerFixture as provider } from "@/features/providers/testing/provider-fixture";
import { noBidReasons } from "./no-bid-reasons";
import type { GroupRequirements } from "./screening";

function setup() {
  const providers = [
    provider("gpu", {
      attributes: [
        { key: "region", value: "us-east" },
        { key: "capabilities/gpu/vendor/nvidia/model/a100", value: "true" },
      ],
    }),
    provider("cpu", {
      attributes: [{ key: "region", value: "eu-west" }],
      audits: [{ auditor: "akash1aud", attributes: [{ key: "region", value: "eu-west" }] }],
    }),
  ];
  const group: GroupRequirements = {
    gseq: 1,
    name: "dcloud",
    gpuKeys: [],
    gpuCount: 0,
    cpuMillis: 1000,
    memoryBytes: 0,
    attributes: [],
    signedBy: { allOf: [], anyOf: [] },
  };
  return { providers, group };
}

describe("noBidReasons", () => {
  it("says how many providers lack the GPU, and that none meets every requirement", () => {
    const { providers, group } = setup();
    expect(
      noBidReasons([{ ...group, gpuKeys: ["vendor/nvidia/model/h100"], gpuCount: 1 }], providers),
    ).toEqual([
      "Of 2 providers, 2 lack the GPU your SDL asks for.",
      "No registered provider meets every requirement of your SDL.",
    ]);
  });

  it("names placement attributes and auditors that stop providers", () => {
    const { providers, group } = setup();
    const reasons = noBidReasons(
      [
        {
          ...group,
          attributes: [{ key: "region", value: "eu-west" }],
          signedBy: { allOf: [], anyOf: ["akash1aud"] },
        },
      ],
      providers,
    );
    expect(reasons).toEqual([
      "Of 2 providers, 1 lacks your placement attributes.",
      "Of 2 providers, 1 is not audited by the auditors your SDL requires (signedBy).",
      "1 provider fits your requirements, so their price is likely above your maximum: raise the pricing in the SDL.",
    ]);
  });

  it("blames the price when providers fit", () => {
    const { providers, group } = setup();
    expect(noBidReasons([group], providers)).toEqual([
      "2 providers fit your requirements, so their price is likely above your maximum: raise the pricing in the SDL.",
    ]);
    expect(noBidReasons([group], [])).toEqual(["No provider is registered on this network."]);
  });
});
