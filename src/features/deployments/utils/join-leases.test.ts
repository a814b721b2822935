import { describe, expect, it } from "vitest";
import { joinLeases } from "./join-leases";
import type { DeploymentView, LeaseView } from "./types";
import { EMPTY_RESOURCES } from "./resources";

function setup() {
  const deployment = (dseq: string, owner = "tenant"): DeploymentView => ({
    owner,
    dseq,
    state: "active",
    createdHeight: Number(dseq),
    groups: [],
    resources: EMPTY_RESOURCES,
    escrow: null,
  });
  const lease = (dseq: string, provider: string, gseq = 1, owner = "tenant"): LeaseView => ({
    owner,
    dseq,
    gseq,
    oseq: 1,
    provider,
    bseq: 0,
    state: "active",
    price: { denom: "uact", amount: 1 },
    createdHeight: 1,
  });
  return { deployment, lease };
}

describe("joinLeases", () => {
  it("gives each deployment its own leases and distinct providers, from one owner-wide list", () => {
    const { deployment, lease } = setup();
    const rows = joinLeases(
      [deployment("30"), deployment("20"), deployment("10")],
      [lease("10", "prov-a"), lease("30", "prov-b", 1), lease("30", "prov-b", 2), lease("30", "prov-c", 3)],
    );
    expect(rows.map((r) => [r.deployment.dseq, r.leases.length, r.providers])).toEqual([
      ["30", 3, ["prov-b", "prov-c"]],
      ["20", 0, []],
      ["10", 1, ["prov-a"]],
    ]);
  });

  it("ignores leases of the same dseq owned by someone else", () => {
    const { deployment, lease } = setup();
    const [row] = joinLeases([deployment("5")], [lease("5", "prov-a", 1, "someone-else")]);
    expect(row?.leases).toEqual([]);
  });
});
