// One deployment's top-up decision, from what the chain says now: the escrow as stored and its
// settled_at, the running leases' rates, the latest height, what the top-up key's deposit grant
// still allows, the tenant's target and cap. Shared by the deployment page (which shows and
// proposes it) and the runner (which signs it with the top-up key).
import { burnRate, type EscrowView, type LeaseView } from "@/features/deployments";
import { planTopUp, type EscrowNow, type TopUpPlan, type DeploymentTopUp } from "@/features/funding";

export function escrowNow(
  escrow: EscrowView | null,
  leases: readonly LeaseView[],
  height: number,
  denom: string,
): EscrowNow | null {
  if (!escrow || escrow.state !== "open") return null;
  const rate = burnRate(leases);
  const funds = escrow.funds.filter((f) => f.denom === denom).reduce((sum, f) => sum + f.amount, 0);
  return {
    funds,
    settledAt: escrow.settledAt,
    ratePerBlock: rate && rate.denom === denom ? rate.amount : 0,
    height,
  };
}

export function checkTopUp(p: {
  escrow: EscrowNow | null;
  blockTimeSec: number;
  settings: DeploymentTopUp;
  grantLeft: bigint | null;
  now: Date;
}): TopUpPlan | null {
  if (!p.escrow) return null;
  return planTopUp({
    escrow: p.escrow,
    blockTimeSec: p.blockTimeSec,
    targetHours: p.settings.targetHours,
    grantLeft: p.grantLeft,
    stopAt: p.settings.stopAt ? new Date(p.settings.stopAt) : null,
    now: p.now,
  });
}

/** "runway 27.5 h, below the 48 h target" for receipts and the page. */
export const hoursText = (sec: number) =>
  Number.isFinite(sec) ? `${(sec / 3600).toFixed(1)} h` : "unlimited";

export function planText(plan: TopUpPlan, targetHours: number): string {
  const runway = `Runway ${hoursText(plan.runwaySec)}`;
  if (plan.kind === "top-up") {
    const why = { target: "", grant: " (all the grant has left)", cap: " (up to the cap)" }[plan.limitedBy];
    return `${runway}, below the ${targetHours} h target: top up to ${hoursText(plan.afterSec)}${why}.`;
  }
  const reason = {
    "no-lease": "no running lease, nothing to fund.",
    enough: `at or above the ${targetHours} h target.`,
    capped: "it already lasts past the cap: no more top-ups.",
    "grant-used-up": "the top-up key's grant is used up.",
  }[plan.reason];
  return `${runway}; ${reason}`;
}
