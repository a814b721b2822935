// The oracle v2 and bme v1 REST shapes the mint offer reads (chain-sdk proto/node/akash/oracle/v2
// prices.proto + query.proto, bme/v1 params.proto + query.proto), validated at the boundary and
// mapped to exact values: prices as LegacyDec-scaled bigints, amounts as bigint micro-units.
import * as z from "zod/mini";
import { coin, list, parseChainJson, str, u64 } from "@/lib/chain-json";
import { parseDec } from "../utils/mint-conversion";

const dec = z.string().check(z.regex(/^\d+(\.\d{1,18})?$/));

const aggregatedPriceResponse = z.object({
  aggregated_price: z.object({
    denom: str,
    twap: dec,
    median_price: dec,
    timestamp: z.string(),
    num_sources: z.nullish(z.number()),
  }),
  price_health: z.nullish(z.object({ is_healthy: z.boolean(), failure_reason: list(z.string()) })),
});

const paramsResponse = z.object({
  params: z.object({
    min_epoch_blocks: u64,
    mint_spread_bps: z.number(),
    // added after node v2.0.0; absent on chains that have no minimum
    min_mint: list(coin),
  }),
});

const statusResponse = z.object({ status: str, mints_allowed: z.boolean() });

export interface AktPrice {
  /** USD per AKT, ×10^18: the TWAP, which the BME converts at (oracle keeper.GetAggregatedPrice) */
  aktUsd: bigint;
  medianUsd: bigint;
  /** when the chain last aggregated the price (a block time) */
  at: Date;
  sources: number;
  healthy: boolean;
  problems: string[];
}

export interface BmeParams {
  mintSpreadBps: number;
  /** mints execute at the end of an epoch of at least this many blocks */
  minEpochBlocks: number;
  /** the smallest mint the chain executes, in uact (0 when the chain has no minimum) */
  minMintUact: bigint;
}

export interface BmeStatus {
  mintsAllowed: boolean;
  /** "mint_status_healthy", "mint_status_halt_cr", … */
  status: string;
}

function scaled(text: string): bigint {
  const v = parseDec(text);
  if (v === null) throw new Error(`The oracle sent an unreadable price "${text}".`);
  return v;
}

export function toAktPrice(body: unknown): AktPrice {
  const raw = parseChainJson(aggregatedPriceResponse, body, "the AKT price");
  const at = new Date(raw.aggregated_price.timestamp);
  if (Number.isNaN(at.getTime())) throw new Error("The oracle sent a price without a valid time.");
  const aktUsd = scaled(raw.aggregated_price.twap);
  return {
    aktUsd,
    medianUsd: scaled(raw.aggregated_price.median_price),
    at,
    sources: raw.aggregated_price.num_sources ?? 0,
    // a zero price is what an aggregation with no sources leaves behind
    healthy: (raw.price_health?.is_healthy ?? true) && aktUsd > 0n,
    problems: raw.price_health?.failure_reason ?? [],
  };
}

export function toBmeParams(body: unknown): BmeParams {
  const { params } = parseChainJson(paramsResponse, body, "the BME parameters");
  const min = params.min_mint.find((c) => c.denom === "uact");
  return {
    mintSpreadBps: params.mint_spread_bps,
    minEpochBlocks: Number(params.min_epoch_blocks),
    minMintUact: min && /^\d+$/.test(min.amount) ? BigInt(min.amount) : 0n,
  };
}

export function toBmeStatus(body: unknown): BmeStatus {
  const raw = parseChainJson(statusResponse, body, "the BME status");
  return { mintsAllowed: raw.mints_allowed, status: raw.status };
}
