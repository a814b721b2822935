import { describe, expect, it } from "vitest";
import { parseChainJson } from "@/lib/chain-json";
import { auditsPage, providersPage } from "../api/chain-schemas";
import { indexAudits, toProviderView } from "./map-provider";

function setup() {
  const page = parseChainJson(
    providersPage,
    {
      providers: [
        {
          owner: "akash1gpu",
          host_uri: "https://provider.pacific.example:8443",
          attributes: [
            { key: "region", value: "us-west" },
            { key: "organization", value: "Pacific Edge Cloud" },
            { key: "capabilities/gpu/vendor/nvidia/model/a100", value: "true" },
            { key: "capabilities/gpu/vendor/nvidia/model/a100/ram/80Gi", value: "true" },
            { key: "capabilities/gpu/vendor/nvidia/model/a100/ram/80Gi/interface/pcie", value: "true" },
            { key: "capabilities/gpu/vendor/nvidia/model/rtx4090/ram/24Gi", value: "true" },
            { key: "capabilities/gpu/vendor/nvidia/model/t4", value: "false" },
          ],
          info: { email: "noc@pacific.example", website: "" },
        },
        { owner: "akash1cpu", host_uri: "https://cpu.example:8443", attributes: null, info: null },
      ],
      pagination: { next_key: null, total: "2" },
    },
    "providers",
  );
  const audits = parseChainJson(
    auditsPage,
    {
      providers: [
        { owner: "akash1gpu", auditor: "akash1auditor", attributes: [{ key: "region", value: "us-west" }] },
      ],
      pagination: { next_key: null },
    },
    "audits",
  );
  const byOwner = indexAudits(audits.providers);
  return page.providers.map((p) => toProviderView(p, byOwner.get(p.owner) ?? []));
}

describe("toProviderView", () => {
  it("reads region, organisation, GPU models (with RAM and interface) and the auditor", () => {
    const [gpu] = setup();
    expect(gpu).toMatchObject({
      address: "akash1gpu",
      host: "provider.pacific.example",
      name: "Pacific Edge Cloud",
      region: "us-west",
      email: "noc@pacific.example",
      audited: true,
      audits: [{ auditor: "akash1auditor", attributes: [{ key: "region", value: "us-west" }] }],
      gpus: [
        { vendor: "nvidia", model: "a100", ram: ["80Gi"], interfaces: ["pcie"] },
        { vendor: "nvidia", model: "rtx4090", ram: ["24Gi"], interfaces: [] },
      ],
    });
  });

  it("falls back to the host name and shows an unaudited provider without GPUs", () => {
    const [, cpu] = setup();
    expect(cpu).toMatchObject({ name: "cpu.example", region: null, gpus: [], audited: false, audits: [] });
  });
});
