import { describe, expect, it } from "vitest";
import { parseChainJson } from "@/lib/chain-json";
import { deploymentInfo, leasesPage } from "../api/chain-schemas";
import { deploymentInfoJson, leaseJson, OWNER, PROVIDER_B, resourceUnitJson } from "../testing/chain-json";
import { compareDseqDesc, toDeploymentView, toLeaseView } from "./map-deployment";

function setup(json: unknown) {
  return toDeploymentView(parseChainJson(deploymentInfo, json, "a deployment"));
}

describe("toDeploymentView", () => {
  it("maps a deployment with a GPU group: resources × count, placement, max price and escrow", () => {
    const view = setup(
      deploymentInfoJson({
        dseq: "1234",
        funds: "5000000",
        settledAt: "1000",
        units: [
          resourceUnitJson({
            cpuMillis: 2000,
            memory: 4 * 1024 ** 3,
            gpus: 1,
            gpuModel: "h100",
            count: 2,
            price: "10",
          }),
          resourceUnitJson({
            cpuMillis: 500,
            memory: 512 * 1024 ** 2,
            storage: [1024 ** 3, 2 * 1024 ** 3],
            price: "2.5",
          }),
        ],
      }),
    );
    expect(view).toMatchObject({ owner: OWNER, dseq: "1234", state: "active", createdHeight: 1234 });
    expect(view.resources).toEqual({
      cpuMillis: 4500,
      memoryBytes: 8 * 1024 ** 3 + 512 * 1024 ** 2,
      storageBytes: 2 * 1024 ** 3 + 3 * 1024 ** 3,
      gpuCount: 2,
      gpuModels: ["h100"],
    });
    expect(view.groups[0]).toMatchObject({
      gseq: 1,
      name: "dcloud",
      maxPrice: { denom: "uact", amount: 22.5 },
      placement: { attributes: [{ key: "region", value: "eu-central" }], signedByAnyOf: ["akash1auditor"] },
    });
    expect(view.escrow).toEqual({
      state: "open",
      settledAt: 1000,
      funds: [{ denom: "uact", amount: 5_000_000 }],
      transferred: [{ denom: "uact", amount: 0 }],
      deposits: [
        { owner: OWNER, height: 1234, source: "balance", balance: { denom: "uact", amount: 5_000_000 } },
      ],
    });
  });

  it("reads resource quantities a gateway sent as base64 bytes", () => {
    const json = deploymentInfoJson({ dseq: "7" });
    json.groups[0]!.group_spec.resources[0]!.resource.cpu.units.val = btoa("250");
    expect(setup(json).resources.cpuMillis).toBe(250);
  });

  it("says which field is wrong when the chain sends an unexpected shape", () => {
    const json = deploymentInfoJson({ dseq: "7" }) as { deployment: { created_at: unknown } };
    json.deployment.created_at = "yesterday";
    expect(() => setup(json)).toThrow(/unexpected shape at deployment\.created_at/);
  });
});

describe("toLeaseView", () => {
  it("keeps the lease id and its per-block price", () => {
    const page = parseChainJson(
      leasesPage,
      {
        leases: [leaseJson({ dseq: "42", provider: PROVIDER_B, price: "12.5" })],
        pagination: { next_key: null, total: "0" },
      },
      "leases",
    );
    expect(page.pagination.nextKey).toBeNull();
    expect(toLeaseView(page.leases[0]!)).toEqual({
      owner: OWNER,
      dseq: "42",
      gseq: 1,
      oseq: 1,
      provider: PROVIDER_B,
      bseq: 0,
      state: "active",
      price: { denom: "uact", amount: 12.5 },
      createdHeight: 42,
      closedOn: 0,
      closedReason: "",
      reclamation: null,
    });
  });

  it("reads a reclaiming lease's window, start, deadline and reason (node v2.1 JSON)", () => {
    const json = leaseJson({
      dseq: "42",
      price: "1",
      state: "reclaiming",
      reclamation: {
        window: "86400s",
        started_at: "1200",
        deadline: "1780000000",
        reason: "lease_closed_reason_decommission",
      },
    });
    const page = parseChainJson(leasesPage, { leases: [json], pagination: null }, "leases");
    expect(toLeaseView(page.leases[0]!)).toMatchObject({
      state: "reclaiming",
      reclamation: {
        windowSec: 86_400,
        started: { height: 1200, deadlineSec: 1_780_000_000, reason: "lease_closed_reason_decommission" },
      },
    });
  });

  it("keeps why a reclaimed lease closed and at which height", () => {
    const json = leaseJson({
      dseq: "42",
      price: "1",
      state: "closed",
      closedOn: "1300",
      reason: "lease_closed_reason_decommission",
      reclamation: {
        window: "3600s",
        started_at: "1200",
        deadline: "17",
        reason: "lease_closed_reason_decommission",
      },
    });
    const page = parseChainJson(leasesPage, { leases: [json], pagination: null }, "leases");
    expect(toLeaseView(page.leases[0]!)).toMatchObject({
      closedOn: 1300,
      closedReason: "lease_closed_reason_decommission",
    });
  });
});

describe("compareDseqDesc", () => {
  it("orders uint64 dseqs numerically, newest first, beyond 2^53", () => {
    const dseqs = ["9", "18446744073709551615", "10", "9007199254740993", "9007199254740992"];
    expect(dseqs.sort(compareDseqDesc)).toEqual([
      "18446744073709551615",
      "9007199254740993",
      "9007199254740992",
      "10",
      "9",
    ]);
  });
});
