import { describe, expect, it } from "vitest";
import {
  measuredBlockTime,
  parseDurationSec,
  reasonText,
  reclaimCountdown,
  reclaimNotices,
  toLeaseReclamation,
  type LeaseReclamation,
} from "./reclamation";

describe("parseDurationSec", () => {
  it("reads jsonpb durations as the gateway prints them", () => {
    expect(parseDurationSec("86400s")).toBe(86_400);
    expect(parseDurationSec("1.500s")).toBe(1.5);
    expect(parseDurationSec("0s")).toBe(0);
    expect(parseDurationSec("-3s")).toBe(-3);
  });
  it("refuses what is not a duration", () => {
    expect(parseDurationSec("1h")).toBeNull();
    expect(parseDurationSec("")).toBeNull();
    expect(parseDurationSec("3600")).toBeNull();
  });
});

describe("toLeaseReclamation", () => {
  it("has no deadline before the provider starts reclaiming (started_at and deadline 0)", () => {
    expect(
      toLeaseReclamation({ window: "3600s", started_at: "0", deadline: "0", reason: "lease_closed_invalid" }),
    ).toEqual({ windowSec: 3600, started: null });
  });
  it("is null for a lease without a window (older chains, bids that offered none)", () => {
    expect(toLeaseReclamation(null)).toBeNull();
    expect(toLeaseReclamation(undefined)).toBeNull();
    expect(toLeaseReclamation({ window: "0s", started_at: "0", deadline: "0", reason: "" })).toBeNull();
  });
});

describe("reasonText", () => {
  it("says the provider's reason in plain words, and something readable for a new one", () => {
    expect(reasonText("lease_closed_reason_decommission")).toBe(
      "the provider is decommissioning the hardware",
    );
    expect(reasonText("lease_closed_reason_maintenance_window")).toBe("maintenance window");
  });
});

// Reclaiming started at height 1,000 whose block time was 1,700,000,000 (unix s); the window is
// 1 h, so the chain set the deadline to 1,700,003,600.
const rec: LeaseReclamation = {
  windowSec: 3600,
  started: { height: 1000, deadlineSec: 1_700_003_600, reason: "lease_closed_reason_decommission" },
};

describe("reclaimCountdown", () => {
  it("counts block time to the deadline and converts it to blocks at the measured block time", () => {
    // 200 blocks later the latest block is at 1,700,001,200: 1,200 s / 200 blocks = 6 s a block.
    // 2,400 s left → 400 blocks. The browser's clock is 3 s past the block: 2,397 s shown.
    const latest = { height: 1200, timeSec: 1_700_001_200 };
    expect(measuredBlockTime(rec.started!, rec.windowSec, latest)).toBe(6);
    expect(reclaimCountdown(rec, latest, 1_700_001_203, 6.098)).toEqual({
      secondsLeft: 2397,
      blocksLeft: 400,
      blockTimeSec: 6,
      measured: true,
      due: false,
    });
  });

  it("uses the network's average until enough blocks have passed to measure", () => {
    const latest = { height: 1002, timeSec: 1_700_000_012 };
    // 3,588 s / 6.098 s = 588.4 → 589 blocks
    expect(reclaimCountdown(rec, latest, 1_700_000_012, 6.098)).toMatchObject({
      secondsLeft: 3588,
      blocksLeft: 589,
      measured: false,
    });
  });

  it("never runs ahead of the chain by more than a block, whatever this browser's clock says", () => {
    const latest = { height: 1200, timeSec: 1_700_001_200 };
    // a clock an hour fast moves the countdown by one block time (6 s) at most
    expect(reclaimCountdown(rec, latest, 1_700_004_800, 6.098)?.secondsLeft).toBe(2394);
    // a slow clock does not add time
    expect(reclaimCountdown(rec, latest, 1_600_000_000, 6.098)?.secondsLeft).toBe(2400);
  });

  it("is due once a block's time has reached the deadline: the provider closes at its next block", () => {
    const latest = { height: 1600, timeSec: 1_700_003_600 };
    expect(reclaimCountdown(rec, latest, 1_700_003_601, 6)).toMatchObject({
      secondsLeft: 0,
      blocksLeft: 0,
      due: true,
    });
  });

  it("has no countdown before reclaiming starts", () => {
    expect(reclaimCountdown({ windowSec: 3600, started: null }, { height: 1, timeSec: 1 }, 1, 6)).toBeNull();
  });
});

describe("reclaimNotices", () => {
  const lease = (state: string, started: boolean, gseq = 1) => ({
    owner: "o",
    dseq: "1",
    gseq,
    oseq: 1,
    provider: "p",
    bseq: 0,
    state,
    price: { denom: "uact", amount: 1 },
    createdHeight: 900,
    reclamation: { windowSec: 3600, started: started ? rec.started : null },
  });

  it("counts down a reclaiming lease and keeps a lease its provider closed after reclaiming", () => {
    const latest = { height: 1200, timeSec: 1_700_001_200 };
    const notices = reclaimNotices(
      [
        lease("reclaiming", true),
        lease("closed", true, 2),
        lease("active", false, 3),
        lease("closed", false, 4),
      ],
      latest,
      1_700_001_200,
      6,
    );
    expect(notices.map((n) => [n.lease.gseq, n.countdown?.secondsLeft ?? null])).toEqual([
      [1, 2400],
      [2, null],
    ]);
  });
});
