import { describe, expect, it } from "vitest";
import { costPerMonth, computeTimeLeft } from "./time-left";
import type { EscrowView, LeaseView } from "./types";

function setup(opts: {
  funds?: number;
  settledAt?: number;
  height?: number;
  rates?: number[];
  leaseState?: string;
  escrowState?: string;
  deploymentState?: string;
  blockTimeSec?: number;
}) {
  const escrow: EscrowView = {
    state: opts.escrowState ?? "open",
    settledAt: opts.settledAt ?? 1000,
    funds: [{ denom: "uact", amount: opts.funds ?? 5_000_000 }],
    transferred: [],
    deposits: [],
  };
  const leases: LeaseView[] = (opts.rates ?? []).map((rate, i) => ({
    owner: "o",
    dseq: "1",
    gseq: i + 1,
    oseq: 1,
    provider: `p${i}`,
    bseq: 0,
    state: opts.leaseState ?? "active",
    price: { denom: "uact", amount: rate },
    createdHeight: 900,
  }));
  const input = {
    deploymentState: opts.deploymentState ?? "active",
    escrow,
    leases,
    height: opts.height ?? 1100,
    blockTimeSec: opts.blockTimeSec ?? 6,
  };
  return { input, leases };
}

describe("computeTimeLeft", () => {
  it("subtracts the burn since settled_at and divides by the summed lease rates", () => {
    // Σ rates = 10 + 2.5 = 12.5 uact/block; 100 blocks since settlement cost 1,250 uact.
    // 5,000,000 − 1,250 = 4,998,750 uact left → 399,900 blocks → × 6 s = 2,399,400 s (27 d 18 h 30 min).
    const { input } = setup({ rates: [10, 2.5] });
    expect(computeTimeLeft(input)).toEqual({
      kind: "running",
      balance: { denom: "uact", amount: 4_998_750 },
      ratePerBlock: 12.5,
      blocksLeft: 399_900,
      secondsLeft: 2_399_400,
    });
  });

  it("uses the network's block time: the same escrow lasts 399,900 s at 1 s blocks", () => {
    const { input } = setup({ rates: [10, 2.5], blockTimeSec: 1 });
    expect(computeTimeLeft(input)).toMatchObject({ secondsLeft: 399_900 });
  });

  it("says nothing burns when there is no active lease", () => {
    expect(computeTimeLeft(setup({ rates: [] }).input)).toEqual({
      kind: "no-lease",
      balance: { denom: "uact", amount: 5_000_000 },
    });
    expect(computeTimeLeft(setup({ rates: [10], leaseState: "closed" }).input).kind).toBe("no-lease");
  });

  it("reports an overdrawn escrow when the burn since settlement exceeds the funds", () => {
    // 1,000 uact/block × 10,000 blocks = 10,000,000 > 5,000,000
    const { input } = setup({ rates: [1000], height: 11_000 });
    expect(computeTimeLeft(input)).toEqual({ kind: "overdrawn", balance: { denom: "uact", amount: 0 } });
    expect(computeTimeLeft(setup({ rates: [10], escrowState: "overdrawn" }).input).kind).toBe("overdrawn");
  });

  it("has no time left to show for a closed deployment", () => {
    expect(computeTimeLeft(setup({ rates: [10], deploymentState: "closed" }).input)).toEqual({
      kind: "closed",
    });
  });

  it("never counts blocks before settlement (a stale height from a lagging endpoint)", () => {
    const { input } = setup({ rates: [10], height: 900 });
    expect(computeTimeLeft(input)).toMatchObject({ balance: { amount: 5_000_000 }, blocksLeft: 500_000 });
  });
});

describe("costPerMonth", () => {
  it("prices the active leases for 30.437 days of blocks", () => {
    // 12.5 uact × 2,629,756.8 s / 6 s = 5,478,660 uact = 5.48 ACT
    const { leases } = setup({ rates: [10, 2.5] });
    expect(costPerMonth(leases, 6)?.amount).toBeCloseTo(5_478_660, 3);
    expect(costPerMonth([], 6)).toBeNull();
  });
});
