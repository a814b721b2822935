// Amino JSON of the types nested in Akash messages, both ways, as the node (cosmos-sdk 0.53,
// cosmossdk.io/x/tx v0.14 aminojson) builds it from the protobuf the wallet's tx carries:
// proto field names (no amino.field_name in Akash protos), proto3 defaults left out (x/tx
// omitEmpty: "", 0, empty bytes/lists, unset messages), 64-bit integers quoted, bytes base64,
// enums as numbers, Coin.amount always written (amino.dont_omitempty), DecCoin.amount printed by
// cosmosDecEncoder as LegacyDec.String() ("5" → "5.000000000000000000"). Values in are the
// ts-proto partials the descriptors build (dseq as string or Long); values out are partials the
// registry's fromPartial accepts, so encode(fromAmino(toAmino(v))) is the bytes of v.
import { fromBase64, toBase64 } from "@cosmjs/encoding";

export type Json = Record<string, unknown>;
type U64 = string | number | bigint | { toString(): string };

/** Keeps the keys x/tx writes: undefined marks a default it leaves out. */
export function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

export const text = (v?: string | null) => (v ? v : undefined);
export const u32 = (v?: number | null) => (v ? v : undefined);
export const u64 = (v?: U64 | null) => (v == null || v.toString() === "0" ? undefined : v.toString());
export const bytes = (v?: Uint8Array | null) => (v?.length ? toBase64(v) : undefined);
export const many = <T>(v: readonly T[] | null | undefined, f: (x: T) => unknown) =>
  v?.length ? v.map(f) : undefined;
export const one = <T>(v: T | null | undefined, f: (x: T) => unknown) => (v == null ? undefined : f(v));

// Reading amino JSON back: absent keys become proto3 defaults, absent messages stay unset.
export const str = (o: Json, k: string) => (typeof o[k] === "string" ? o[k] : "");
export const num = (o: Json, k: string) => Number(o[k] ?? 0);
export const obj = (o: Json, k: string): Json | undefined =>
  typeof o[k] === "object" && o[k] !== null && !Array.isArray(o[k]) ? (o[k] as Json) : undefined;
export const arr = (o: Json, k: string): unknown[] => (Array.isArray(o[k]) ? o[k] : []);
export const b64 = (o: Json, k: string) => (typeof o[k] === "string" ? fromBase64(o[k]) : new Uint8Array());
export const sub = <T>(o: Json, k: string, f: (x: Json) => T): T | undefined => {
  const v = obj(o, k);
  return v ? f(v) : undefined;
};
export const list = <T>(o: Json, k: string, f: (x: Json) => T): T[] => arr(o, k).map((x) => f(x as Json));

/** LegacyDec.String() of a decimal the codecs scale by 10^18 on the wire (x/tx cosmosDecEncoder). */
export function legacyDec(human: string): string {
  const m = /^(-?)(\d+)(?:\.(\d{0,18}))?$/.exec(human.trim());
  if (!m) throw new Error(`Not a decimal with at most 18 fraction digits: "${human}"`);
  const whole = BigInt(m[2] ?? "0").toString();
  const frac = (m[3] ?? "").padEnd(18, "0");
  const negative = m[1] === "-" && /[1-9]/.test(whole + frac);
  return `${negative ? "-" : ""}${whole}.${frac}`;
}

/** The short form chain-sdk's decoder gives ("5.000000000000000000" → "5"). */
export function shortDec(dec: string): string {
  return dec.includes(".") ? dec.replace(/0+$/, "").replace(/\.$/, "") : dec;
}

export interface CoinIn {
  denom?: string;
  amount?: string;
}
export interface DepositIn {
  amount?: CoinIn | null;
  sources?: number[];
}
export interface IdIn {
  owner?: string;
  dseq?: U64;
}
export interface BidIdIn extends IdIn {
  gseq?: number;
  oseq?: number;
  provider?: string;
  bseq?: number;
}

// Coin.amount is a cosmos.Int with amino.dont_omitempty: written even when empty, as "0".
export const coinToAmino = (c: CoinIn) => compact({ denom: text(c.denom), amount: c.amount || "0" });
export const coinFromAmino = (j: Json) => ({ denom: str(j, "denom"), amount: str(j, "amount") });

export const decCoinToAmino = (c: CoinIn) =>
  compact({ denom: text(c.denom), amount: one(text(c.amount), legacyDec) });
export const decCoinFromAmino = (j: Json) => ({ denom: str(j, "denom"), amount: shortDec(str(j, "amount")) });

// Deposit.sources has gogoproto jsontag "deposit_sources"; x/tx ignores jsontags: "sources".
export const depositToAmino = (d: DepositIn) =>
  compact({ amount: one(d.amount, coinToAmino), sources: many(d.sources, Number) });
export const depositFromAmino = (j: Json) => ({
  amount: sub(j, "amount", coinFromAmino),
  sources: arr(j, "sources").map(Number),
});

export const idToAmino = (id: IdIn) => compact({ owner: text(id.owner), dseq: u64(id.dseq) });
export const idFromAmino = (j: Json) => ({ owner: str(j, "owner"), dseq: str(j, "dseq") || "0" });

/** akash.market.v1 BidID and LeaseID share their fields; gseq/oseq/bseq are uint32 (numbers). */
export const bidIdToAmino = (b: BidIdIn) =>
  compact({
    ...idToAmino(b),
    gseq: u32(b.gseq),
    oseq: u32(b.oseq),
    provider: text(b.provider),
    bseq: u32(b.bseq),
  });
export const bidIdFromAmino = (j: Json) => ({
  ...idFromAmino(j),
  gseq: num(j, "gseq"),
  oseq: num(j, "oseq"),
  provider: str(j, "provider"),
  bseq: num(j, "bseq"),
});
