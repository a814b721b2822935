// How long a deployment's escrow lasts. The chain settles lazily (when a lease opens or closes, a
// provider withdraws, the deployment closes), so the stored funds are as of `settled_at`, often
// hours behind; since then every block has cost the sum of the running lease rates — a lease being
// reclaimed (AEP-82) still runs and is still paid. remaining = funds − (height − settled_at) × Σ rates.
// No take rate applies (node v2 removed it): what the tenant pays is the lease price.
import { perBlockToPerMonth } from "@/lib/format";
import type { Amount, EscrowView, LeaseView } from "./types";

export type TimeLeft =
  | { kind: "closed" }
  | { kind: "no-lease"; balance: Amount | null }
  | { kind: "overdrawn"; balance: Amount }
  | {
      kind: "running";
      balance: Amount;
      ratePerBlock: number;
      blocksLeft: number;
      secondsLeft: number;
      /** the seconds per block the time left assumes, to say so next to it */
      blockTimeSec: number;
    };

export interface TimeLeftInput {
  deploymentState: string;
  escrow: EscrowView | null;
  /** the deployment's leases; only running ones (active, reclaiming) burn funds */
  leases: readonly LeaseView[];
  height: number;
  blockTimeSec: number;
}

/** Lease states whose escrow payment is still charged every block. */
const RUNNING = new Set(["active", "reclaiming"]);

/** Σ running lease prices per block in the leases' denom, or null when nothing is burning. */
export function burnRate(leases: readonly LeaseView[]): Amount | null {
  const active = leases.filter((l) => RUNNING.has(l.state));
  const first = active[0];
  if (!first) return null;
  const sameDenom = active.filter((l) => l.price.denom === first.price.denom);
  return { denom: first.price.denom, amount: sameDenom.reduce((sum, l) => sum + l.price.amount, 0) };
}

function fundsIn(escrow: EscrowView, denom: string): number {
  return escrow.funds.filter((f) => f.denom === denom).reduce((sum, f) => sum + f.amount, 0);
}

/** The escrow funds as stored, in the deployment denom when there is one. */
function storedBalance(escrow: EscrowView | null): Amount | null {
  if (!escrow) return null;
  const main = escrow.funds.find((f) => f.denom === "uact") ?? escrow.funds[0];
  return main ? { denom: main.denom, amount: fundsIn(escrow, main.denom) } : null;
}

export function computeTimeLeft(input: TimeLeftInput): TimeLeft {
  const { escrow } = input;
  if (input.deploymentState === "closed" || escrow?.state === "closed") return { kind: "closed" };
  const rate = burnRate(input.leases);
  if (escrow?.state === "overdrawn")
    return { kind: "overdrawn", balance: storedBalance(escrow) ?? zero(rate) };
  if (!rate || rate.amount <= 0 || !escrow) return { kind: "no-lease", balance: storedBalance(escrow) };
  const elapsed = Math.max(0, input.height - escrow.settledAt);
  const remaining = fundsIn(escrow, rate.denom) - elapsed * rate.amount;
  if (remaining <= 0) return { kind: "overdrawn", balance: { denom: rate.denom, amount: 0 } };
  const blocksLeft = remaining / rate.amount;
  return {
    kind: "running",
    balance: { denom: rate.denom, amount: remaining },
    ratePerBlock: rate.amount,
    blocksLeft,
    secondsLeft: blocksLeft * input.blockTimeSec,
    blockTimeSec: input.blockTimeSec,
  };
}

function zero(rate: Amount | null): Amount {
  return { denom: rate?.denom ?? "uact", amount: 0 };
}

/** Cost per month of the active leases, in their denom's micro-units. */
export function costPerMonth(leases: readonly LeaseView[], blockTimeSec: number): Amount | null {
  const rate = burnRate(leases);
  return rate ? { denom: rate.denom, amount: perBlockToPerMonth(rate.amount, blockTimeSec) } : null;
}

/** The escrow balance to show: the running estimate when burning, else what is stored. */
export function currentBalance(timeLeft: TimeLeft): Amount | null {
  return timeLeft.kind === "closed" ? null : timeLeft.balance;
}
