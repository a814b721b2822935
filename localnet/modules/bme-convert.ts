// The BME swap arithmetic of x/bme keeper.prepareToBM, on LegacyDec-scaled bigints so every
// micro-unit rounds as on the node: swap rate = price(from) / price(to), minted = trunc(amount ×
// rate), spread = trunc(minted_dec × bps / 10000) kept by the vault, the owner gets the rest.
// The oracle price comes from the same BmeConfig the oracle REST route reports.

import type { BmeConfig } from "../config.ts";
import { DEC_SCALE, parseDec } from "../chain/dec.ts";

// ACT is pegged to 1 USD by the oracle keeper (GetAggregatedPrice returns one for "act").
const ACT_PRICE = DEC_SCALE;

/** cosmossdk.io/math chopPrecisionAndRound: drop 18 digits, banker's rounding on the rest. */
export function chopRound(v: bigint): bigint {
  const quo = v / DEC_SCALE;
  const rem = v % DEC_SCALE;
  const half = DEC_SCALE / 2n;
  if (rem < half) return quo;
  if (rem > half) return quo + 1n;
  return quo % 2n === 0n ? quo : quo + 1n;
}

/** LegacyDec.Quo for positive operands. */
export function decQuo(a: bigint, b: bigint): bigint {
  return chopRound((a * DEC_SCALE * DEC_SCALE) / b);
}

export interface BmeSwap {
  /** amount minted before the spread (micro-units of the target denom) */
  minted: bigint;
  /** part of the mint the vault keeps */
  spread: bigint;
  /** what reaches the owner: minted − spread */
  received: bigint;
  /** oracle prices in USD (LegacyDec scaled) used for the burned and the minted coin */
  priceFrom: bigint;
  priceTo: bigint;
}

export function aktPrice(cfg: BmeConfig): bigint {
  return parseDec(cfg.aktPriceUsd);
}

/**
 * Converts `amount` of uakt to uact (mint) or uact to uakt (burn). Mints pay mint_spread_bps;
 * burns pay settle_spread_bps, which is 0 on mainnet and here.
 */
export function bmeSwap(amount: bigint, toAct: boolean, cfg: BmeConfig, settleSpreadBps = 0): BmeSwap {
  const priceFrom = toAct ? aktPrice(cfg) : ACT_PRICE;
  const priceTo = toAct ? ACT_PRICE : aktPrice(cfg);
  const rate = decQuo(priceFrom, priceTo);
  const mintedDec = amount * rate;
  const minted = mintedDec / DEC_SCALE;
  const bps = BigInt(toAct ? cfg.mintSpreadBps : settleSpreadBps);
  const spread = bps > 0n ? chopRound((mintedDec * bps * DEC_SCALE) / 10_000n) / DEC_SCALE : 0n;
  return { minted, spread, received: minted - spread, priceFrom, priceTo };
}
