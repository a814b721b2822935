// Amounts as tenants read them: uakt → AKT and uact → ACT with up to 6 decimals, exact (no
// floating point), so a review dialog never shows 0.30000000000000004.
import type { Coin } from "../types";

const DISPLAY: Record<string, string> = { uakt: "AKT", uact: "ACT" };

export function formatAmount(micro: string | bigint, fractionDigits = 6): string {
  const value = typeof micro === "bigint" ? micro : BigInt(micro.split(".")[0] || "0");
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / 1_000_000n;
  const fraction = (abs % 1_000_000n).toString().padStart(6, "0").slice(0, fractionDigits).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole.toLocaleString("en-US")}${fraction ? "." + fraction : ""}`;
}

export function formatCoin(coin: Coin): string {
  const unit = DISPLAY[coin.denom];
  if (!unit) return `${coin.amount} ${coin.denom}`;
  return `${formatAmount(coin.amount)} ${unit}`;
}

/** "0.5" ACT → "500000" uact; null when the text is not a positive amount with ≤ 6 decimals. */
export function parseAmount(text: string): string | null {
  const m = /^\s*(\d+)(?:\.(\d{0,6}))?\s*$/.exec(text);
  if (!m) return null;
  const micro = BigInt(m[1] ?? "0") * 1_000_000n + BigInt((m[2] ?? "").padEnd(6, "0") || "0");
  return micro > 0n ? micro.toString() : null;
}
