// Runway maths for top-ups. The chain settles escrow lazily, so the stored funds are as of
// `settled_at`: remaining = funds − (height − settled_at) × Σ running lease rates (blocks, then
// hours at the network's block time). A top-up brings the runway back to REFILL × target when it
// has fallen below the target, never beyond what the deposit grant still allows, and never past
// the cap: funds that would keep the deployment running after the cap are not deposited.

/**
 * Within this of the cap counts as reached: the escrow's runway is counted in blocks and the cap in
 * wall-clock time, so they drift by seconds, and a top-up of a few minutes is not worth its fee.
 */
export const CAP_SLACK_SEC = 300;

/** Refill to 1.5 × the target, so "keep 48 h" signs about once a day rather than every block. */
export const REFILL = 1.5;

export interface EscrowNow {
  /** escrow funds as stored (micro-units, may be fractional: LegacyDec) */
  funds: number;
  settledAt: number;
  /** Σ rates of running leases, micro-units per block */
  ratePerBlock: number;
  height: number;
}

/** What is left right now after the blocks not yet settled. */
export function remainingNow(e: EscrowNow): number {
  const elapsed = Math.max(0, e.height - e.settledAt);
  return Math.max(0, e.funds - elapsed * e.ratePerBlock);
}

/** Seconds until the escrow runs out; Infinity when nothing burns. */
export function runwaySeconds(e: EscrowNow, blockTimeSec: number): number {
  if (e.ratePerBlock <= 0) return Infinity;
  return (remainingNow(e) / e.ratePerBlock) * blockTimeSec;
}

export interface TopUpInput {
  escrow: EscrowNow;
  blockTimeSec: number;
  targetHours: number;
  /** what the deposit grant still allows (micro-units); null when the wallet signs */
  grantLeft: bigint | null;
  /** no funding past this time (the runtime cap) */
  stopAt: Date | null;
  now: Date;
}

export type TopUpPlan =
  | { kind: "none"; reason: "no-lease" | "enough" | "capped" | "grant-used-up"; runwaySec: number }
  | {
      kind: "top-up";
      amount: bigint;
      runwaySec: number;
      afterSec: number;
      limitedBy: "target" | "grant" | "cap";
    };

export function planTopUp(p: TopUpInput): TopUpPlan {
  const { escrow, blockTimeSec } = p;
  const runwaySec = runwaySeconds(escrow, blockTimeSec);
  if (escrow.ratePerBlock <= 0) return { kind: "none", reason: "no-lease", runwaySec };
  // The cap first: once the escrow outlasts it, no top-up comes again (whatever the target says).
  const capSec = p.stopAt ? (p.stopAt.getTime() - p.now.getTime()) / 1000 : Infinity;
  if (capSec <= runwaySec + CAP_SLACK_SEC) return { kind: "none", reason: "capped", runwaySec };
  if (runwaySec >= p.targetHours * 3_600) return { kind: "none", reason: "enough", runwaySec };
  const perSec = escrow.ratePerBlock / blockTimeSec;
  const remaining = remainingNow(escrow);
  let wantSec = p.targetHours * 3_600 * REFILL;
  let limitedBy: "target" | "grant" | "cap" = "target";
  if (capSec < wantSec) [wantSec, limitedBy] = [capSec, "cap"];
  let amount = BigInt(Math.ceil(wantSec * perSec - remaining));
  if (p.grantLeft !== null && amount > p.grantLeft) [amount, limitedBy] = [p.grantLeft, "grant"];
  if (amount <= 0n)
    return { kind: "none", reason: p.grantLeft === 0n ? "grant-used-up" : "enough", runwaySec };
  const afterSec = ((remaining + Number(amount)) / escrow.ratePerBlock) * blockTimeSec;
  return { kind: "top-up", amount, runwaySec, afterSec, limitedBy };
}

/**
 * How long the deployment can run counting what the deposit grant can still add (the top-up
 * key's reach), never past the cap: what an alert or the setup shows as "funded until".
 */
export function fundedRunwaySeconds(
  escrow: EscrowNow,
  blockTimeSec: number,
  grantLeft: bigint,
  stopAt: Date | null,
  now: Date,
): number {
  if (escrow.ratePerBlock <= 0) return Infinity;
  const total = remainingNow(escrow) + Number(grantLeft);
  const sec = (total / escrow.ratePerBlock) * blockTimeSec;
  const own = runwaySeconds(escrow, blockTimeSec);
  if (!stopAt) return sec;
  const capSec = Math.max(0, (stopAt.getTime() - now.getTime()) / 1000);
  return Math.max(own, Math.min(sec, capSec));
}
