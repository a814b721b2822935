// Resource reclamation (AEP-82, node v2.1) as the console reads it. chain-sdk alpha.25 has no
// reclamation types, so these map the REST gateway's JSON (gogoproto jsonpb: durations "86400s",
// int64 as strings, enums by name) to plain numbers, and work out the countdown a tenant sees.
// The chain's clock is the block time: a provider may close a reclaiming lease once a block's
// time has reached the deadline, so the countdown runs on block time, not on this browser's clock.
import type { RawLeaseReclamation } from "../api/chain-schemas";
import type { LeaseReclamation, LeaseView } from "./types";

export type { LeaseReclamation };

/** A jsonpb Duration ("3600s", "1.5s") in seconds; null when it is not one. */
export function parseDurationSec(text: string): number | null {
  const m = /^(-)?(\d+)(?:\.(\d{1,9}))?s$/.exec(text.trim());
  if (!m) return null;
  const value = Number(m[2]) + Number(`0.${m[3] ?? "0"}`);
  return m[1] ? -value : value;
}

export function toLeaseReclamation(raw: RawLeaseReclamation | null | undefined): LeaseReclamation | null {
  if (!raw) return null;
  const windowSec = parseDurationSec(raw.window);
  if (windowSec === null || windowSec <= 0) return null;
  const height = Number(raw.started_at ?? "0");
  const deadlineSec = Number(raw.deadline ?? "0");
  const started = height > 0 && deadlineSec > 0 ? { height, deadlineSec, reason: raw.reason } : null;
  return { windowSec, started };
}

const REASONS: Record<string, string> = {
  lease_closed_reason_decommission: "the provider is decommissioning the hardware",
  lease_closed_reason_unstable: "the provider reports the workload as unstable",
  lease_closed_reason_manifest_timeout: "the manifest never arrived",
  lease_closed_reason_insufficient_funds: "the escrow ran out of funds",
  lease_closed_reason_unspecified: "no reason given",
};

/** The provider's reason in plain words ("lease_closed_reason_decommission" → …). */
export function reasonText(reason: string): string {
  return (
    REASONS[reason] ??
    (reason.replace(/^lease_closed_(reason_)?/, "").replace(/_/g, " ") || "no reason given")
  );
}

export interface ChainClock {
  height: number;
  /** the latest block's time, unix seconds */
  timeSec: number;
}

export interface ReclaimCountdown {
  /** seconds of block time until the deadline; 0 once it has passed */
  secondsLeft: number;
  /** blocks until the first block at or past the deadline, at the block time below */
  blocksLeft: number;
  /** measured from the blocks since reclaiming started, or the network's average before enough */
  blockTimeSec: number;
  measured: boolean;
  /** the deadline has passed: the provider closes the lease at its next block */
  due: boolean;
}

/** Blocks since the start needed before their average is trusted over the network's figure. */
const MIN_MEASURED_BLOCKS = 5;

/**
 * Block time measured over the blocks since reclaiming started: the start block's time is the
 * deadline less the window (the chain set deadline = start block time + window).
 */
export function measuredBlockTime(
  started: NonNullable<LeaseReclamation["started"]>,
  windowSec: number,
  latest: ChainClock,
): number | null {
  const blocks = latest.height - started.height;
  if (blocks < MIN_MEASURED_BLOCKS) return null;
  const seconds = latest.timeSec - (started.deadlineSec - windowSec);
  return seconds > 0 ? seconds / blocks : null;
}

/**
 * `nowSec` is this browser's clock: it only moves the countdown between blocks, by at most one
 * block time past the latest block, so a wrong local clock never shows a wrong deadline.
 */
export function reclaimCountdown(
  rec: LeaseReclamation,
  latest: ChainClock,
  nowSec: number,
  averageBlockTimeSec: number,
): ReclaimCountdown | null {
  if (!rec.started) return null;
  const measured = measuredBlockTime(rec.started, rec.windowSec, latest);
  const blockTimeSec = measured ?? averageBlockTimeSec;
  const sinceBlock = Math.min(Math.max(0, nowSec - latest.timeSec), blockTimeSec);
  const secondsLeft = Math.max(0, rec.started.deadlineSec - (latest.timeSec + sinceBlock));
  const due = latest.timeSec >= rec.started.deadlineSec;
  const blocksLeft = due
    ? 0
    : Math.max(1, Math.ceil((rec.started.deadlineSec - latest.timeSec) / blockTimeSec));
  return { secondsLeft, blocksLeft, blockTimeSec, measured: measured !== null, due };
}

export interface ReclaimNotice {
  lease: LeaseView;
  /** running to its deadline; null once the provider closed the lease */
  countdown: ReclaimCountdown | null;
}

/**
 * A deployment's leases a provider is reclaiming (with their countdown) or has closed after
 * reclaiming (the deployment's group is then paused, its escrow still held).
 */
export function reclaimNotices(
  leases: readonly LeaseView[],
  latest: ChainClock | null,
  nowSec: number,
  averageBlockTimeSec: number,
): ReclaimNotice[] {
  return leases.flatMap((lease): ReclaimNotice[] => {
    const rec = lease.reclamation;
    if (!rec?.started) return [];
    if (lease.state === "reclaiming")
      return [
        {
          lease,
          countdown: latest ? reclaimCountdown(rec, latest, nowSec, averageBlockTimeSec) : null,
        },
      ];
    return lease.state === "closed" ? [{ lease, countdown: null }] : [];
  });
}
