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
