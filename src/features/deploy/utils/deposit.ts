// The deposit rule: in ACT, at least the chain's minimum (0.5 ACT since node v2.0), 0.5 by default.
import { parseAmount } from "@/features/transactions";

export const MIN_DEPOSIT_UACT = 500_000n;
export const DEFAULT_DEPOSIT_TEXT = "0.5";

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
