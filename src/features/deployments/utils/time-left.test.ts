import { describe, expect, it } from "vitest";
import { EMPTY_RESOURCES } from "./resources";
import { rowMetrics } from "./row-metrics";
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
      blockTimeSec: 6,
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

describe("time left and runway with settled_at far behind the current height", () => {
  it("charges every block since the last settlement, a reclaiming lease included", () => {
    // Hand-worked: the escrow was last settled at block 1,000,000 with 12,000,000 uact; a day of
    // mainnet blocks later (14,169 at 6.098 s) nothing has touched it, so the chain still shows
    // those funds. Two leases run: 37.5 uact/block active + 12.5 uact/block being reclaimed.
    //   spent since settled_at   14,169 × (37.5 + 12.5) = 14,169 × 50 = 708,450 uact
    //   left now                 12,000,000 − 708,450 = 11,291,550 uact
    //   blocks left              11,291,550 / 50 = 225,831
    //   time left                225,831 × 6.098 s = 1,377,117.438 s ≈ 15 d 22 h 32 min
    // (Reading the stored funds as current would claim 240,000 blocks ≈ 16 d 22 h 32 min: a day too long.)
    const escrow: EscrowView = {
      state: "open",
      settledAt: 1_000_000,
      funds: [{ denom: "uact", amount: 12_000_000 }],
      transferred: [],
      deposits: [],
    };
    const lease = (state: string, amount: number, gseq: number): LeaseView => ({
      owner: "o",
      dseq: "1",
      gseq,
      oseq: 1,
      provider: "p",
      bseq: 0,
      state,
      price: { denom: "uact", amount },
      createdHeight: 990_000,
    });
    const leases = [lease("active", 37.5, 1), lease("reclaiming", 12.5, 2), lease("closed", 1000, 3)];
    const t = computeTimeLeft({
      deploymentState: "active",
      escrow,
      leases,
      height: 1_014_169,
      blockTimeSec: 6.098,
    });
    expect(t).toMatchObject({
      kind: "running",
      balance: { denom: "uact", amount: 11_291_550 },
      ratePerBlock: 50,
    });
    expect(t.kind === "running" && t.blocksLeft).toBe(225_831);
    expect(t.kind === "running" ? t.secondsLeft : 0).toBeCloseTo(1_377_117.438, 3);
    // the list row shows the same running balance and the monthly cost of both running leases
    const deployment = {
      owner: "o",
      dseq: "1",
      state: "active",
      createdHeight: 990_000,
      groups: [],
      resources: EMPTY_RESOURCES,
      escrow,
    };
    const row = rowMetrics({ deployment, leases, providers: ["p"] }, 1_014_169, 6.098);
    expect(row.balance).toEqual({ denom: "uact", amount: 11_291_550 });
    // 50 uact × 2,629,756.8 s / 6.098 s = 21,562,453.26 uact a month
    expect(row.monthly?.amount).toBeCloseTo(21_562_453.26, 1);
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
