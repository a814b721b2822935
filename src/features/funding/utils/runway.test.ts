import { describe, expect, it } from "vitest";
import { fundedRunwaySeconds, planTopUp, remainingNow, runwaySeconds, type TopUpInput } from "./runway";

const NOW = new Date("2026-12-01T12:00:00Z");

function setup(over: Partial<TopUpInput> = {}, escrow: Partial<TopUpInput["escrow"]> = {}): TopUpInput {
  return {
    // 6 s blocks, 100 uact a block; stored 1,000,000 at height 1000, now at 1100 (lazily settled).
    escrow: { funds: 1_000_000, settledAt: 1_000, ratePerBlock: 100, height: 1_100, ...escrow },
    blockTimeSec: 6,
    targetHours: 48,
    grantLeft: 100_000_000n,
    stopAt: null,
    now: NOW,
    ...over,
  };
}

describe("runway with lazy settlement", () => {
  it("subtracts the blocks since settled_at at the lease rates", () => {
    const { escrow } = setup();
    expect(remainingNow(escrow)).toBe(990_000);
    expect(runwaySeconds(escrow, 6)).toBe(9_900 * 6);
    expect(remainingNow({ ...escrow, height: 50_000 })).toBe(0);
    expect(runwaySeconds({ ...escrow, ratePerBlock: 0 }, 6)).toBe(Infinity);
  });
});

describe("planTopUp", () => {
  it("refills to 1.5 × the target when the runway is below it", () => {
    const plan = planTopUp(setup());
    // 72 h at 100 uact / 6 s = 4,320,000; 990,000 left → 3,330,000
    expect(plan).toMatchObject({ kind: "top-up", amount: 3_330_000n, limitedBy: "target" });
    if (plan.kind === "top-up") expect(plan.afterSec).toBe(72 * 3_600);
  });

  it("does nothing above the target or without a running lease", () => {
    expect(planTopUp(setup({ targetHours: 10 }))).toMatchObject({ kind: "none", reason: "enough" });
    expect(planTopUp(setup({}, { ratePerBlock: 0 }))).toMatchObject({ kind: "none", reason: "no-lease" });
  });

  it("never asks for more than the deposit grant has left, and says so", () => {
    expect(planTopUp(setup({ grantLeft: 500_000n }))).toMatchObject({
      kind: "top-up",
      amount: 500_000n,
      limitedBy: "grant",
    });
    expect(planTopUp(setup({ grantLeft: 0n }))).toMatchObject({ kind: "none", reason: "grant-used-up" });
  });

  it("funds no time past the cap, and stops once the runway reaches it", () => {
    // cap in 20 h: 12,000 blocks × 100 = 1,200,000 total, 990,000 left → 210,000
    const capped = planTopUp(setup({ stopAt: new Date(NOW.getTime() + 20 * 3_600_000) }));
    expect(capped).toMatchObject({ kind: "top-up", amount: 210_000n, limitedBy: "cap" });
    const past = planTopUp(setup({ stopAt: new Date(NOW.getTime() + 10 * 3_600_000) }));
    expect(past).toMatchObject({ kind: "none", reason: "capped" });
    // above the target and past the cap: the cap is what the tenant needs to know
    const both = planTopUp(setup({ targetHours: 10, stopAt: new Date(NOW.getTime() + 10 * 3_600_000) }));
    expect(both).toMatchObject({ kind: "none", reason: "capped" });
    // a runway a minute short of the cap is at the cap: no dust top-up
    const near = planTopUp(setup({ stopAt: new Date(NOW.getTime() + (9_900 * 6 + 60) * 1000) }));
    expect(near).toMatchObject({ kind: "none", reason: "capped" });
  });

  it("signs with no grant limit when the wallet itself pays", () => {
    expect(planTopUp(setup({ grantLeft: null }))).toMatchObject({ kind: "top-up", amount: 3_330_000n });
  });
});

describe("fundedRunwaySeconds", () => {
  it("counts what the grant can still add, up to the cap", () => {
    const { escrow } = setup();
    expect(fundedRunwaySeconds(escrow, 6, 10_000n, null, NOW)).toBe(10_000 * 6);
    const cap = new Date(NOW.getTime() + 3_600_000);
    // the escrow alone already outlasts a 1 h cap: the cap never shortens what is already there
    expect(fundedRunwaySeconds(escrow, 6, 10_000n, cap, NOW)).toBe(9_900 * 6);
    const later = new Date(NOW.getTime() + 59_700_000);
    expect(fundedRunwaySeconds(escrow, 6, 10_000_000n, later, NOW)).toBe(59_700);
  });
});
