// The runway maths behind the deposit default, the close dialog and the overview.
import { describe, expect, it } from "vitest";
import { accountRunway, depositForRunway, refundOnClose, runwaySeconds } from "./runway";
import type { TimeLeft } from "./time-left";
import type { EscrowView, LeaseView } from "./types";

const MIN = 500_000;

function lease(amount: number, state = "active"): LeaseView {
  return {
    owner: "akash1o",
    dseq: "1",
    gseq: 1,
    oseq: 1,
    provider: "akash1p",
    bseq: 0,
    state,
    price: { denom: "uact", amount },
    createdHeight: 90,
  };
}

function escrow(funds: number, settledAt: number, state = "open"): EscrowView {
  return { state, settledAt, funds: [{ denom: "uact", amount: funds }], transferred: [], deposits: [] };
}

const running = (dseq: string, ratePerBlock: number, amount: number, blockTimeSec = 6) => ({
  dseq,
  timeLeft: {
    kind: "running",
    balance: { denom: "uact", amount },
    ratePerBlock,
    blocksLeft: amount / ratePerBlock,
    secondsLeft: (amount / ratePerBlock) * blockTimeSec,
  } satisfies TimeLeft,
});

describe("runway maths", () => {
  it("says how long money lasts at a price per block", () => {
    // 0.5 ACT at 4,000 uact a block and 6 s blocks: 125 blocks, 12.5 minutes.
    expect(runwaySeconds(500_000, 4_000, 6)).toBe(750);
    expect(runwaySeconds(500_000, 0, 6)).toBe(Infinity);
    expect(runwaySeconds(-5, 10, 6)).toBe(0);
  });

  it("deposits enough for the runway at the maximum price, never under the minimum", () => {
    // 24 h at 4,000 uact a block: 14,400 blocks of 6 s → 57.6 ACT; with 1 s blocks, 345.6 ACT.
    expect(depositForRunway(4_000, 24, 6, MIN)).toBe(57_600_000);
    expect(depositForRunway(4_000, 24, 1, MIN)).toBe(345_600_000);
    // A tiny price: the chain's 0.5 ACT minimum still applies; fractions round up.
    expect(depositForRunway(1, 1, 6, MIN)).toBe(MIN);
    expect(depositForRunway(1_000.4, 1, 3_600, 0)).toBe(1_001);
    expect(runwaySeconds(depositForRunway(4_000, 24, 6, MIN), 4_000, 6)).toBe(24 * 3_600);
  });

  it("refunds the funds less what the leases used since the last settlement", () => {
    // 10 ACT settled at block 100; 1,000 uact a block since: at 150, 9.95 ACT comes back.
    const input = { deploymentState: "active", leases: [lease(1_000)], height: 150, blockTimeSec: 6 };
    expect(refundOnClose({ ...input, escrow: escrow(10_000_000, 100) })).toEqual({
      denom: "uact",
      amount: 9_950_000,
    });
    // A closed lease no longer burns: the stored funds are what returns.
    expect(
      refundOnClose({ ...input, leases: [lease(1_000, "closed")], escrow: escrow(10_000_000, 100) }),
    ).toEqual({
      denom: "uact",
      amount: 10_000_000,
    });
    // Used up since the settlement: nothing comes back, not a negative amount.
    expect(refundOnClose({ ...input, height: 20_000, escrow: escrow(10_000_000, 100) })).toEqual({
      denom: "uact",
      amount: 0,
    });
    expect(
      refundOnClose({ ...input, deploymentState: "closed", escrow: escrow(0, 100, "closed") }),
    ).toBeNull();
  });

  it("says when the account's escrow, and escrow with spendable ACT, run out at the current burn", () => {
    // Two deployments: 1 ACT at 100/block (10,000 blocks) and 3 ACT at 300/block (10,000 blocks)…
    const r = accountRunway(
      [running("1", 100, 1_000_000), running("2", 300, 3_000_000), running("3", 50, 200_000)],
      6_000_000,
      6,
    );
    expect(r.burnPerBlock).toBe(450);
    expect(r.escrow).toBe(4_200_000);
    expect(r.firstOutSec).toBe(4_000 * 6);
    expect(r.escrowOutSec).toBe(10_000 * 6);
    // …and 6 ACT spendable: 10.2 ACT at 450 a block ≈ 22,667 blocks.
    expect(r.allOutSec).toBeCloseTo((10_200_000 / 450) * 6);
  });

  it("has no runway when nothing burns", () => {
    const idle = {
      dseq: "9",
      timeLeft: { kind: "no-lease", balance: { denom: "uact", amount: 5 } } satisfies TimeLeft,
    };
    expect(accountRunway([idle], 1_000_000, 6)).toEqual({
      burnPerBlock: 0,
      escrow: 0,
      idle: 5,
      spendable: 1_000_000,
      firstOutSec: null,
      escrowOutSec: null,
      allOutSec: null,
    });
  });
});
