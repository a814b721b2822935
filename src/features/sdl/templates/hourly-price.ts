// A template states its maximum price in ACT per hour; the chain prices an order in uact per
// block. The studio writes the per-block amount for the selected network's block time, so the
// hourly (and monthly) figure a tenant reads is the template's on every network. Exact: ACT per
// hour is read as an integer of uact, the block time is taken to the nanosecond, and the result is
// rounded half up to PRICE_DECIMALS fraction digits of a uact (the chain's DecCoin takes 18;
// chain-sdk passes the YAML number through `toString()`, which stays plain above 1e-7).
import { parseDocument, isMap, isScalar, type Node } from "yaml";

/** Fraction digits of a uact per block: the month shown stays within a cent at 0.1 s blocks. */
export const PRICE_DECIMALS = 6;
const SCALE = 10n ** BigInt(PRICE_DECIMALS);
const NS_PER_HOUR = 3_600_000_000_000n;
const ACT = /^(\d{1,9})(?:\.(\d{1,6}))?$/;

/** "2.5" ACT → 2_500_000n uact; null for anything but a plain decimal with ≤ 6 fraction digits. */
export function actToUact(act: string): bigint | null {
  const m = ACT.exec(act.trim());
  if (!m) return null;
  return BigInt(m[1] ?? "0") * 1_000_000n + BigInt((m[2] ?? "").padEnd(6, "0"));
}

/** uact per hour → uact per block at this block time, as the decimal text written in the SDL. */
export function perHourToPerBlock(uactPerHour: bigint, blockTimeSec: number): string {
  if (!(blockTimeSec > 0) || !Number.isFinite(blockTimeSec))
    throw new RangeError("The block time must be a positive number of seconds.");
  const blockNs = BigInt(Math.round(blockTimeSec * 1e9));
  const scaled = (uactPerHour * blockNs * SCALE * 2n + NS_PER_HOUR) / (NS_PER_HOUR * 2n);
  // A price the rounding would make zero is refused by the chain: the smallest amount instead.
  const atLeastOne = scaled > 0n || uactPerHour === 0n ? scaled : 1n;
  const whole = atLeastOne / SCALE;
  const fraction = (atLeastOne % SCALE).toString().padStart(PRICE_DECIMALS, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

export type PricePerHour = Readonly<Record<string, string>>;

export interface PricingProblem {
  message: string;
}

/**
 * The SDL with every `profiles.placement.*.pricing.<profile>.amount` replaced by the per-block
 * amount of that profile's hourly price. Only the amount's characters change: comments, key
 * order and every other line stay as written.
 */
export function priceSdl(
  sdl: string,
  pricePerHour: PricePerHour,
  blockTimeSec: number,
): { ok: true; sdl: string } | { ok: false; error: string } {
  const doc = parseDocument(sdl, { uniqueKeys: false });
  if (doc.errors.length) return { ok: false, error: "The SDL is not valid YAML." };
  const placements = doc.getIn(["profiles", "placement"], true);
  if (!isMap(placements)) return { ok: false, error: "The SDL has no placement to price." };
  const edits: Array<{ from: number; to: number; text: string }> = [];
  const priced = new Set<string>();
  for (const placement of placements.items) {
    const pricing = isMap(placement.value) ? placement.value.get("pricing", true) : null;
    if (!isMap(pricing)) continue;
    for (const entry of pricing.items) {
      const profile = isScalar(entry.key) ? String(entry.key.value) : "";
      const amount = isMap(entry.value) ? (entry.value.get("amount", true) as Node | undefined) : undefined;
      const hourly = Object.hasOwn(pricePerHour, profile) ? pricePerHour[profile] : undefined;
      const uact = hourly === undefined ? null : actToUact(hourly);
      if (uact === null || !isScalar(amount) || !amount.range)
        return { ok: false, error: `Compute profile "${profile}" has no hourly price.` };
      edits.push({ from: amount.range[0], to: amount.range[1], text: perHourToPerBlock(uact, blockTimeSec) });
      priced.add(profile);
    }
  }
  const unused = Object.keys(pricePerHour).find((p) => !priced.has(p));
  if (unused !== undefined)
    return { ok: false, error: `No compute profile "${unused}" is priced in the SDL.` };
  let out = sdl;
  for (const e of edits.sort((a, b) => b.from - a.from))
    out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return { ok: true, sdl: out };
}

/** ACT per hour for the whole template: each profile's hourly price times its replicas. */
export function hourlyTotalUact(pricePerHour: PricePerHour, replicasOf: (profile: string) => number): bigint {
  let total = 0n;
  for (const [profile, act] of Object.entries(pricePerHour))
    total += (actToUact(act) ?? 0n) * BigInt(replicasOf(profile));
  return total;
}
