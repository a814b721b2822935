// AKT → ACT as the chain converts it (x/bme keeper.prepareToBM), in integer micro-units and
// LegacyDec-scaled prices (×10^18), never floats: minted = trunc(uakt × price), the vault keeps
// spread = trunc(minted_dec × bps / 10000) (banker's rounding at 18 digits first), the owner gets
// minted − spread. ACT is pegged to 1 USD, so the AKT/USD price is the swap rate.

export const DEC = 10n ** 18n;

/** Room left for the oracle price to move between signing and the epoch's end. */
export const PRICE_MARGIN_BPS = 50n;

/** "1.25" or "1.250000000000000000" → 1.25 × 10^18; null for anything that is not a LegacyDec. */
export function parseDec(text: string): bigint | null {
  const m = /^(\d+)(?:\.(\d{1,18}))?$/.exec(text.trim());
  if (!m) return null;
  return BigInt(m[1] ?? "0") * DEC + BigInt((m[2] ?? "").padEnd(18, "0"));
}

/** A scaled price for people: "1.25", "0.873156" (at most 6 decimals, trailing zeros dropped). */
export function formatPrice(scaled: bigint): string {
  const micro = (scaled + DEC / 2_000_000n) / (DEC / 1_000_000n);
  const fraction = (micro % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "");
  return `${micro / 1_000_000n}${fraction ? `.${fraction}` : ""}`;
}

/** cosmossdk.io/math chopPrecisionAndRound: drop 18 digits, round half to even. */
function chopRound(v: bigint): bigint {
  const quo = v / DEC;
  const rem = v % DEC;
  if (rem < DEC / 2n) return quo;
  if (rem > DEC / 2n) return quo + 1n;
  return quo % 2n === 0n ? quo : quo + 1n;
}

export interface MintConversion {
  burnUakt: bigint;
  /** ACT minted before the spread */
  mintedUact: bigint;
  /** ACT the BME vault keeps */
  spreadUact: bigint;
  /** ACT that reaches the wallet */
  receiveUact: bigint;
}

export function actForAkt(burnUakt: bigint, aktUsd: bigint, spreadBps: number): MintConversion {
  const mintedDec = burnUakt * aktUsd;
  const mintedUact = mintedDec / DEC;
  const spreadUact = spreadBps > 0 ? chopRound((mintedDec * BigInt(spreadBps) * DEC) / 10_000n) / DEC : 0n;
  return { burnUakt, mintedUact, spreadUact, receiveUact: mintedUact - spreadUact };
}

/** The least uakt whose mint brings at least `targetUact` to the wallet. */
export function aktForAct(targetUact: bigint, aktUsd: bigint, spreadBps: number): bigint {
  if (targetUact <= 0n || aktUsd <= 0n) return 0n;
  const keep = 10_000n - BigInt(spreadBps);
  // uakt ≈ target / (price × (1 − spread)), rounded up; the truncations below move it a few units.
  let burn = (targetUact * DEC * 10_000n + aktUsd * keep - 1n) / (aktUsd * keep);
  while (burn > 1n && actForAkt(burn - 1n, aktUsd, spreadBps).receiveUact >= targetUact) burn--;
  while (actForAkt(burn, aktUsd, spreadBps).receiveUact < targetUact) burn++;
  return burn;
}

/**
 * What the offer proposes to burn: enough for the missing ACT plus a price margin (or the
 * chain's minimum mint, if larger), capped so the wallet keeps `feeReserveUakt` for the fees.
 */
export function defaultBurn(p: {
  shortUact: bigint;
  aktUsd: bigint;
  spreadBps: number;
  minMintUact: bigint;
  balanceUakt: bigint;
  feeReserveUakt: bigint;
}): bigint {
  const withMargin = p.shortUact + (p.shortUact * PRICE_MARGIN_BPS + 9_999n) / 10_000n;
  const target = withMargin > p.minMintUact ? withMargin : p.minMintUact;
  const burn = aktForAct(target, p.aktUsd, p.spreadBps);
  const spendable = p.balanceUakt - p.feeReserveUakt;
  return burn <= spendable || spendable <= 0n ? burn : spendable;
}
