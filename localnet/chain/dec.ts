// LegacyDec arithmetic: Cosmos decimals are integers scaled by 10^18. Escrow balances, rates and
// prices are LegacyDec on chain, so all settlement math happens on scaled bigints, never floats.

export const DEC_SCALE = 10n ** 18n;

/** Parses "1.5", "1000", "1000.000000000000000000" into a scaled bigint; rejects anything else. */
export function parseDec(text: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,18}))?$/.exec(text.trim());
  if (!m) throw new Error(`invalid decimal: ${text}`);
  const whole = BigInt(m[2] ?? "0");
  const frac = BigInt((m[3] ?? "").padEnd(18, "0") || "0");
  const v = whole * DEC_SCALE + frac;
  return m[1] === "-" ? -v : v;
}

/** Formats a scaled bigint the way the gateway prints LegacyDec: always 18 fraction digits. */
export function formatDec(v: bigint): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  const whole = a / DEC_SCALE;
  const frac = (a % DEC_SCALE).toString().padStart(18, "0");
  return `${neg ? "-" : ""}${whole}.${frac}`;
}

export function intToDec(v: bigint): bigint {
  return v * DEC_SCALE;
}

/** Integer part (truncated toward zero), as the SDK's TruncateInt. */
export function truncDec(v: bigint): bigint {
  return v / DEC_SCALE;
}

export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** A DecCoin with its amount in the gateway's canonical 18-digit form. */
export function normDecCoin<T extends { denom: string; amount: string }>(c: T): T {
  return { ...c, amount: formatDec(parseDec(c.amount)) };
}
