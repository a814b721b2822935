// Per-row numbers that depend on the current height: time left, the running escrow balance and
// the monthly cost. Computed from data already in the browser, so they refresh with each block.
import { computeTimeLeft, costPerMonth, currentBalance, type TimeLeft } from "./time-left";
import type { DeploymentRow } from "./join-leases";
import type { Amount } from "./types";

export interface RowMetrics {
  timeLeft: TimeLeft;
  balance: Amount | null;
  monthly: Amount | null;
}

export function rowMetrics(row: DeploymentRow, height: number, blockTimeSec: number): RowMetrics {
  const timeLeft = computeTimeLeft({
    deploymentState: row.deployment.state,
    escrow: row.deployment.escrow,
    leases: row.leases,
    height,
    blockTimeSec,
  });
  return { timeLeft, balance: currentBalance(timeLeft), monthly: costPerMonth(row.leases, blockTimeSec) };
}
