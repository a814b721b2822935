// Per-row numbers that depend on the current height: time left, the running escrow balance and
// the monthly cost. Computed from data already in the browser, so they refresh with each block.
import { reclaimCountdown, type ReclaimCountdown } from "./reclamation";
import { computeTimeLeft, costPerMonth, currentBalance, type TimeLeft } from "./time-left";
import type { DeploymentRow } from "./join-leases";
import type { Amount } from "./types";

export interface RowMetrics {
  timeLeft: TimeLeft;
  balance: Amount | null;
  monthly: Amount | null;
  /** the soonest deadline of a lease its provider is reclaiming (AEP-82), if any */
  reclaim?: ReclaimCountdown | null;
}

/** `timeSec` is the latest block's time: deadlines run on block time. */
function soonestReclaim(row: DeploymentRow, height: number, timeSec: number | null, blockTimeSec: number) {
  if (timeSec === null) return null;
  const countdowns = row.leases.flatMap((l) => {
    const c =
      l.state === "reclaiming" && l.reclamation
        ? reclaimCountdown(l.reclamation, { height, timeSec }, timeSec, blockTimeSec)
        : null;
    return c ? [c] : [];
  });
  return countdowns.sort((a, b) => a.secondsLeft - b.secondsLeft)[0] ?? null;
}

export function rowMetrics(
  row: DeploymentRow,
  height: number,
  blockTimeSec: number,
  timeSec: number | null = null,
): RowMetrics {
  const timeLeft = computeTimeLeft({
    deploymentState: row.deployment.state,
    escrow: row.deployment.escrow,
    leases: row.leases,
    height,
    blockTimeSec,
  });
  return {
    timeLeft,
    balance: currentBalance(timeLeft),
    monthly: costPerMonth(row.leases, blockTimeSec),
    reclaim: soonestReclaim(row, height, timeSec, blockTimeSec),
  };
}
