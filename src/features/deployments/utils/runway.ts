// Runway maths: how long money lasts at a price, what deposit buys a runway, what a close gives
// back, and how long an account's escrow and spendable ACT last at its current burn. Prices are
// per block; time comes from the network's measured block time. All amounts are micro-units.
import { blocksIn } from "@/lib/format";
import { computeTimeLeft, type TimeLeft } from "./time-left";
import type { Amount, EscrowView, LeaseView } from "./types";

/** Seconds `micro` lasts at `perBlock`; Infinity when nothing is charged. */
export function runwaySeconds(micro: number, perBlock: number, blockTimeSec: number): number {
  if (!(perBlock > 0)) return Infinity;
  return (Math.max(0, micro) / perBlock) * blockTimeSec;
}

/**
 * The deposit that keeps a deployment running `hours` at its maximum price per block (what any
 * accepted bid costs at most), rounded up to a whole micro-unit, never under the chain's minimum.
 */
export function depositForRunway(
  maxPerBlock: number,
  hours: number,
  blockTimeSec: number,
  minMicro: number,
): number {
  const needed = Math.ceil(maxPerBlock * blocksIn(hours * 3_600, blockTimeSec));
  return Math.max(minMicro, Number.isFinite(needed) ? needed : minMicro);
}

/**
 * What closing returns: the escrow's funds less what the running leases have used since the last
 * settlement (the chain settles lazily: `settled_at` lags, and the close settles up to its block).
 * An estimate at `height`; each block until the close is included costs one more block of the rate.
 */
export function refundOnClose(input: {
  deploymentState: string;
  escrow: EscrowView | null;
  leases: readonly LeaseView[];
  height: number;
  blockTimeSec: number;
}): Amount | null {
  const t = computeTimeLeft(input);
  if (t.kind === "closed") return null;
  if (t.kind === "overdrawn") return { denom: t.balance.denom, amount: 0 };
  return t.balance;
}

export interface RunningDeployment {
  dseq: string;
  timeLeft: TimeLeft;
}

export interface AccountRunway {
  /** uact per block over every running deployment */
  burnPerBlock: number;
  /** uact in escrow now (after the use since each escrow's last settlement) */
  escrow: number;
  /** uact in escrow of deployments with nothing running: it returns when they close */
  idle: number;
  spendable: number;
  /** when the first running deployment runs out, and the last: then all escrow is spent */
  firstOutSec: number | null;
  escrowOutSec: number | null;
  /** escrow and spendable ACT together, moved into escrow as deployments need it */
  allOutSec: number | null;
}

/** At the current burn, when the account's escrow and spendable ACT run out (null: nothing burns). */
export function accountRunway(
  deployments: readonly RunningDeployment[],
  spendableUact: number,
  blockTimeSec: number,
): AccountRunway {
  let burn = 0;
  let escrow = 0;
  let idle = 0;
  const ends: number[] = [];
  for (const { timeLeft: t } of deployments) {
    if (t.kind === "no-lease" && t.balance?.denom === "uact") idle += t.balance.amount;
    if (t.kind !== "running" || t.balance.denom !== "uact") continue;
    burn += t.ratePerBlock;
    escrow += t.balance.amount;
    ends.push(t.secondsLeft);
  }
  const none = ends.length === 0;
  return {
    burnPerBlock: burn,
    escrow,
    idle,
    spendable: spendableUact,
    firstOutSec: none ? null : Math.min(...ends),
    escrowOutSec: none ? null : Math.max(...ends),
    allOutSec: none ? null : runwaySeconds(escrow + spendableUact, burn, blockTimeSec),
  };
}
