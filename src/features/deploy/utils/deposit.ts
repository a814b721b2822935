// The deposit rule: in ACT, at least the chain's minimum (0.5 ACT since node v2.0). A new
// deployment's default covers the tenant's runway (24 h unless changed) at its maximum price.
import { parseAmount } from "@/features/transactions";

export const MIN_DEPOSIT_UACT = 500_000n;
export const DEFAULT_DEPOSIT_TEXT = "0.5";
/** Under this many seconds of runway the deploy dialog warns before anything is signed. */
export const SHORT_RUNWAY_SEC = 3_600;

/** micro-units as the ACT amount a tenant types: "57.6", "0.500001". */
export function microToText(micro: number): string {
  return (Math.ceil(micro) / 1_000_000).toFixed(6).replace(/\.?0+$/, "");
}

export function depositProblem(text: string): string | null {
  const micro = parseAmount(text);
  if (micro === null) return "Type an amount in ACT, for example 0.5 (up to 6 decimals).";
  if (BigInt(micro) < MIN_DEPOSIT_UACT) return "The network's minimum deposit is 0.5 ACT.";
  return null;
}

/**
 * The deposit a redeploy carries over: what the old escrow holds now (whole micro-units, rounded
 * down, so the tenant never deposits more than comes back), at least the minimum; in ACT text.
 */
export function carriedDeposit(balance: { denom: string; amount: number } | null): string {
  const micro = balance && balance.denom === "uact" ? BigInt(Math.max(0, Math.floor(balance.amount))) : 0n;
  const uact = micro > MIN_DEPOSIT_UACT ? micro : MIN_DEPOSIT_UACT;
  const whole = uact / 1_000_000n;
  const fraction = (uact % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}
