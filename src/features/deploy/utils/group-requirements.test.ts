// What the deploy dialog's screening asks of providers comes from the very group specs the create
// transaction carries (chain-sdk's build of the SDL).
import { describe, expect, it } from "vitest";
import { buildDeployment } from "./build-deployment";
import { requirementsOfSpecs } from "./group-requirements";

const SDL = `
version: "2.0"
services:
  llm:
    image: ollama/ollama:0.6.2
    expose:
      - port: 11434
        as: 80
        to:
          - global: true
profiles:
  compute:
    llm:
      resources:
        cpu: { units: 2 }
        memory: { size: 4Gi }
        storage: { size: 10Gi }
        gpu:
          units: 1
          attributes:
            vendor:
              nvidia:
                - model: h100
                - model: a100
                  ram: 80Gi
  placement:
    dcloud:
      attributes:
        region: us-west
      signedBy:
        anyOf:
          - akash1365yvmc4s7awdyj3n2sav7xfx76adc6dnmlx63
      pricing:
        llm: { denom: uact, amount: 1000 }
deployment:
  llm:
    dcloud:
      profile: llm
      count: 2
`;

describe("requirementsOfSpecs", () => {
  it("reads GPU keys, totals for every replica, placement attributes and auditors", async () => {
    const built = await buildDeployment(SDL, "local");
    if (!built.ok) throw new Error(built.errors.join("; "));
    const [group, ...rest] = requirementsOfSpecs(built.value.groupSpecs);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({
      gseq: 1,
      name: "dcloud",
      gpuCount: 2,
      cpuMillis: 4_000,
      memoryBytes: 2 * 4 * 1024 ** 3,
      attributes: [{ key: "region", value: "us-west" }],
      signedBy: { allOf: [], anyOf: ["akash1365yvmc4s7awdyj3n2sav7xfx76adc6dnmlx63"] },
    });
    expect([...(group?.gpuKeys ?? [])].sort()).toEqual([
      "vendor/nvidia/model/a100/ram/80Gi",
      "vendor/nvidia/model/h100",
    ]);
  });
});
