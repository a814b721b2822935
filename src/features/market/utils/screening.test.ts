import { describe, expect, it } from "vitest";
import type { StatusState } from "@/features/providers";
import { providerFixture as provider } from "@/features/providers/testing/provider-fixture";
import { requestedModels, screenProviders, whyCannotBid, type GroupRequirements } from "./screening";

const GI = 1024 ** 3;
const AUDITOR = "akash1auditor";
const gpuAttr = (m: string) => ({ key: `capabilities/gpu/vendor/nvidia/model/${m}/ram/80Gi`, value: "true" });
const online = (gpus: number, cpuMillis = 64_000): StatusState => ({
  kind: "done",
  online: true,
  checkedAt: 0,
  latencyMs: 10,
  activeLeases: 0,
  capacity: {
    available: { cpuMillis, memoryBytes: 512 * GI, gpus, ephemeralBytes: 0 },
    allocatable: { cpuMillis, memoryBytes: 512 * GI, gpus, ephemeralBytes: 0 },
    storage: [],
    nodes: 1,
  },
});

function setup() {
  const h100 = provider("h100", {
    name: "Nordlicht",
    attributes: [{ key: "region", value: "eu-central" }, gpuAttr("h100")],
    audits: [{ auditor: AUDITOR, attributes: [{ key: "region", value: "eu-central" }] }],
  });
  const a100 = provider("a100", {
    name: "Pacific",
    attributes: [{ key: "region", value: "us-west" }, gpuAttr("a100")],
  });
  const cpu = provider("cpu", { name: "Lion City", attributes: [{ key: "region", value: "ap-*" }] });
  const group: GroupRequirements = {
    gseq: 1,
    name: "dc",
    gpuKeys: ["vendor/nvidia/model/h100/ram/80Gi", "vendor/nvidia/model/a100/ram/80Gi"],
    gpuCount: 1,
    cpuMillis: 8000,
    memoryBytes: 32 * GI,
    attributes: [],
    signedBy: { allOf: [], anyOf: [] },
  };
  return { h100, a100, cpu, providers: [h100, a100, cpu], group };
}

describe("pre-bid screening", () => {
  it("counts the providers whose GPU capabilities meet one of the SDL's GPU requirements", () => {
    const { providers, group, cpu } = setup();
    const s = screenProviders([group], providers);
    expect(s.fit.map((p) => p.name)).toEqual(["Nordlicht", "Pacific"]);
    expect(s.byKind.gpu).toBe(1);
    expect(whyCannotBid(group, cpu)).toEqual([{ kind: "gpu", text: "no A100 or H100 GPU" }]);
    expect(requestedModels(group)).toEqual(["a100", "h100"]);
    expect(requestedModels({ gpuKeys: ["vendor/nvidia/model/*"] })).toEqual([]);
  });

  it("checks placement attributes, globs included, and the auditors' signatures on them", () => {
    const { providers, group } = setup();
    const cpuOnly = { ...group, gpuKeys: [], gpuCount: 0 };
    const asia = screenProviders(
      [{ ...cpuOnly, attributes: [{ key: "region", value: "ap-southeast" }] }],
      providers,
    );
    expect(asia.fit.map((p) => p.name)).toEqual(["Lion City"]);
    expect(asia.cannot[0]?.reasons).toEqual([{ kind: "attributes", text: "lacks region=ap-southeast" }]);
    const signed = {
      ...cpuOnly,
      attributes: [{ key: "region", value: "eu-central" }],
      signedBy: { allOf: [], anyOf: [AUDITOR] },
    };
    expect(screenProviders([signed], providers).fit.map((p) => p.name)).toEqual(["Nordlicht"]);
    // The auditor signed region=eu-central, not a tier: a requirement it did not sign is not met.
    const unsigned = { ...signed, attributes: [{ key: "tier", value: "community" }] };
    const s = screenProviders([unsigned], providers);
    expect(s.byKind.audit).toBe(3);
    expect(s.fit).toEqual([]);
  });

  it("uses what providers report now: offline, or too little free for the group", () => {
    const { providers, group } = setup();
    const statuses = new Map<string, StatusState>([
      ["h100", online(0)],
      ["a100", { kind: "done", online: false, checkedAt: 0, reason: "The provider could not be reached." }],
    ]);
    const s = screenProviders([group], providers, (a) => statuses.get(a));
    expect(s.fit).toEqual([]);
    expect(s.byKind).toMatchObject({ gpu: 1, offline: 1, capacity: 1 });
    expect(s.cannot.find((c) => c.provider.name === "Nordlicht")?.reasons[0]?.text).toBe(
      "not enough free: 0 GPUs free, 1 needed",
    );
    // Still checking, or a check that failed on our side, stops nobody.
    const unknown = screenProviders([group], providers, () => ({ kind: "error", message: "rate limited" }));
    expect(unknown.fit).toHaveLength(2);
  });
});
