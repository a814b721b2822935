// Money formatting, in one place for every page: micro-denoms (uact, uakt) to ACT/AKT, and chain
// prices, which are per block, to per-hour and per-month amounts. ACT is treated as 1 USD, as
// the Akash Console does. Month = 30.437 days (the average Gregorian month Console uses).

export const SECONDS_PER_MONTH = 30.437 * 86_400;
const MICRO = 1_000_000;

const UNIT_OF: Record<string, string> = { uact: "ACT", uakt: "AKT" };

/** "ACT" for uact, "AKT" for uakt, the denom itself otherwise (IBC, unknown). */
export function denomUnit(denom: string): string {
  return UNIT_OF[denom] ?? denom;
}

export function microToUnit(micro: number): number {
  return micro / MICRO;
}

export function unitToMicro(unit: number): number {
  return Math.round(unit * MICRO);
}

/** Blocks produced in `seconds` at the network's average block time. */
export function blocksIn(seconds: number, blockTimeSec: number): number {
  if (!(blockTimeSec > 0)) throw new RangeError("The block time must be a positive number of seconds.");
  return seconds / blockTimeSec;
}

export function perBlockToPerHour(perBlock: number, blockTimeSec: number): number {
  return perBlock * blocksIn(3_600, blockTimeSec);
}

export function perBlockToPerMonth(perBlock: number, blockTimeSec: number): number {
  return perBlock * blocksIn(SECONDS_PER_MONTH, blockTimeSec);
}

/** Decimals that keep small amounts readable: 2 for ≥ 1, up to 6 below that. */
function fractionDigitsFor(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0 || abs >= 1) return 2;
  if (abs >= 0.01) return 4;
  return 6;
}

export function formatNumber(value: number, maxFractionDigits = fractionDigitsFor(value)): string {
  return value.toLocaleString("en-US", {
    minimumFractionDigits: 0,
    maximumFractionDigits: maxFractionDigits,
  });
}

/** 1500000 uact → "1.5 ACT"; 12 uakt → "0.000012 AKT"; other denoms are shown raw. */
export function formatMicro(micro: number, denom: string): string {
  const unit = UNIT_OF[denom];
  if (!unit) return `${formatNumber(micro)} ${denom}`;
  return `${formatNumber(microToUnit(micro))} ${unit}`;
}

/** A chain amount as it is written on chain: "1,000 uact". Per-block prices read best this way. */
export function formatMicroRaw(micro: number, denom: string): string {
  return `${formatNumber(micro, 6)} ${denom}`;
}

/** ACT counts as one US dollar; AKT has no fixed price here, so only ACT gets a dollar figure. */
export function formatUsdForMicro(micro: number, denom: string): string | null {
  if (denom !== "uact") return null;
  const usd = microToUnit(micro);
  return `$${usd.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: usd >= 0.01 || usd === 0 ? 2 : 4 })}`;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A chain amount string (integer "1500000" or LegacyDec "1.500000000000000000") as a number. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) throw new Error(`"${text}" is not a decimal amount.`);
  return Number(trimmed);
}

/** "3 d 4 h", "5 h 12 min", "12 min", "45 s": two units at most, so a 1 s block time reads well. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "forever";
  const s = Math.max(0, Math.floor(seconds));
  const days = Math.floor(s / 86_400);
  const hours = Math.floor((s % 86_400) / 3_600);
  const minutes = Math.floor((s % 3_600) / 60);
  if (days >= 365) return `${Math.floor(days / 365)} y ${Math.floor((days % 365) / 30.437)} mo`;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes > 0) return `${minutes} min`;
  return `${s} s`;
}

const BYTE_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

/** Bytes in binary units, as the SDL writes them ("512 MiB", "1.5 GiB"). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = Number.isInteger(value) ? String(value) : value.toFixed(value >= 100 ? 0 : 1);
  return `${text} ${BYTE_UNITS[unit]}`;
}

/** CPU millicores as units ("0.5 CPU", "2 CPU"). */
export function formatCpu(millicores: number): string {
  const units = millicores / 1000;
  return `${Number.isInteger(units) ? units : Number(units.toFixed(3))} CPU`;
}
