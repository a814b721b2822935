// Numbers in an SDL, read from the text as written, the way the provider's Go parser reads them
// (chain-sdk go/sdl units.go, coin.go; node v1beta4 limits), and never through a JavaScript number
// that could be Infinity, NaN or 1e+308. Each reader returns the value to sign, or what is wrong
// with the text in words: infinite, not a number, negative, an exponent, too many decimals, a
// unit that does not exist.

export type Read<T> = { ok: true; value: T } | { ok: false; problem: string; suggestion?: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(problem: string, suggestion?: string): Read<T> => ({
  ok: false,
  problem,
  ...(suggestion !== undefined ? { suggestion } : {}),
});

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const WHOLE = /^\d+$/;

/** Why text that is not a plain decimal number is not one: the words a tenant needs. */
export function numberProblem(text: string): string {
  const t = text.trim();
  if (t === "" || t === "~" || t.toLowerCase() === "null") return "is empty";
  if (/^[-+]?\.?inf(inity)?$/i.test(t)) return "is infinite";
  if (/^[-+]?\.?nan$/i.test(t)) return "is not a number (NaN)";
  if (/^-\s*[\d.]/.test(t)) return "is negative";
  if (/^[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?\d+$/.test(t)) return "uses an exponent";
  if (/^[-+]?0[xob][\da-f]+$/i.test(t)) return "is not written in decimal";
  if (/^\+\d/.test(t)) return "has a + sign";
  if (/\d_\d/.test(t)) return "has an underscore in it";
  if (/^\.\d+$/.test(t)) return "has no digit before the decimal point";
  if (/^\d+\.$/.test(t)) return "has no digit after the decimal point";
  return "is not a number";
}

/** The plain decimal a number in exponent form stands for, when it is small enough to write. */
export function plainDecimal(text: string): string | undefined {
  const n = Number(text);
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21 || n < 0) return undefined;
  const plain = n.toFixed(Math.min(18, Math.max(0, -Math.floor(Math.log10(n || 1)) + 6)));
  return plain.includes(".") ? plain.replace(/0+$/, "").replace(/\.$/, "") : plain;
}

function notDecimal<T>(text: string): Read<T> {
  const problem = numberProblem(text);
  return bad(problem, problem === "uses an exponent" ? plainDecimal(text) : undefined);
}

function decimalOrProblem(text: string): Read<{ whole: string; fraction: string }> {
  const m = DECIMAL.exec(text);
  return m ? ok({ whole: m[1] ?? "0", fraction: m[2] ?? "" }) : notDecimal(text);
}

/** A whole number (count, port, GPU units, timeouts): digits only, at most `max`. */
export function readWhole(text: string, max = 4_294_967_295): Read<number> {
  if (WHOLE.test(text)) {
    const n = Number(text);
    return n <= max ? ok(n) : bad(`is more than ${max.toLocaleString("en-US")}`);
  }
  const d = DECIMAL.exec(text);
  if (d) return bad("is not a whole number", /^0*$/.test(d[2] ?? "") ? d[1] : undefined);
  const read = notDecimal<number>(text);
  // "1e2" → "100", but only when that is itself a good value.
  if (!read.ok && read.suggestion !== undefined && !readWhole(read.suggestion, max).ok)
    return bad(read.problem);
  return read;
}

/** CPU as Go reads it: "500m" (millicores, whole) or cores ("0.5", "2"); returns millicores. */
export function readCpu(text: string): Read<number> {
  const read = readCpuUnchecked(text);
  // Past 2^53 millicores "<n>m" would be written with an exponent, which chain-sdk refuses.
  return read.ok && !Number.isSafeInteger(read.value)
    ? bad("is far more than the chain accepts", "384")
    : read;
}

function readCpuUnchecked(text: string): Read<number> {
  const milli = /^(\d+)m$/.exec(text);
  if (milli) return ok(Number(milli[1]));
  if (/^\d+(\.\d+)?m$/.test(text))
    return bad("is not a whole number of millicores", `${Math.round(parseFloat(text))}m`);
  const d = decimalOrProblem(text);
  if (!d.ok) return d;
  if (d.value.fraction.replace(/0+$/, "").length > 3)
    return bad("is finer than the smallest step, 0.001 CPU (1m)", Number(text).toFixed(3));
  return ok(Math.round(Number(text) * 1000));
}

const POWERS: Record<string, number> = { k: 1, K: 1, M: 2, G: 3, T: 4, P: 5, E: 6 };

/** Go's unit suffixes for sizes: k, M, G, T, P, E (powers of 1000) and Ki … Ei (powers of 1024). */
export const SIZE_UNITS = ["k", "Ki", "M", "Mi", "G", "Gi", "T", "Ti", "P", "Pi", "E", "Ei"] as const;
const MEMORY_UNITS = ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"] as const;

function unitFactor(unit: string): number {
  if (unit === "") return 1;
  const power = POWERS[unit[0] as string] ?? 0;
  return (unit.endsWith("i") ? 1024 : 1000) ** power;
}

/** "16GB" → "16G", "512mi" → "512Mi", "1 Gi" → "1Gi": the size the tenant most likely meant. */
function sizeSuggestion(text: string, units: readonly string[]): string | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]+)$/.exec(text.trim());
  if (!m) return undefined;
  const [, num, unit = ""] = m;
  const stem = unit.replace(/[bB]$/, "");
  const binary = stem.length === 2 && /i$/i.test(stem);
  const letter = stem[0]?.toUpperCase() === "K" ? "k" : (stem[0]?.toUpperCase() ?? "");
  const candidates = binary ? [`${letter.toUpperCase()}i`] : [letter, `${letter.toUpperCase()}i`];
  const found = candidates.find((c) => units.includes(c));
  return found ? `${num}${found}` : undefined;
}

/** A size in bytes as Go's byteQuantity reads it: a decimal with an optional Go unit suffix. */
export function readBytes(text: string, units: readonly string[] = SIZE_UNITS): Read<number> {
  const m = /^(\d+(?:\.\d+)?)([a-zA-Z]*)$/.exec(text);
  if (!m) {
    const suggestion = sizeSuggestion(text, units);
    if (suggestion) return bad("is not a size", suggestion);
    const problem = numberProblem(text);
    return bad(problem === "is not a number" ? "is not a size" : problem);
  }
  const [, num = "0", unit = ""] = m;
  if (unit !== "" && !units.includes(unit))
    return bad(`has the unknown unit "${unit}"`, sizeSuggestion(text, units));
  return ok(Math.floor(Number(num) * unitFactor(unit)));
}

/** GPU memory as Go reads it (binary units only), and the key it becomes on chain: "80Gi". */
export function readGpuRam(text: string): Read<{ bytes: number; label: string }> {
  const size = readBytes(text, MEMORY_UNITS);
  if (!size.ok) return size;
  if (!/[a-zA-Z]$/.test(text)) return bad("has no unit", `${text}Gi`);
  const gi = Math.floor(size.value / 1024 ** 3);
  if (gi < 1) return bad("is less than 1Gi", "1Gi");
  return ok({ bytes: size.value, label: `${gi}Gi` });
}

/** A price amount as the chain's Dec reads it: a plain decimal, at most 18 decimals, above 0. */
export function readAmount(text: string): Read<string> {
  const d = decimalOrProblem(text);
  if (!d.ok) return d;
  if (d.value.fraction.length > 18) return bad("has more than 18 decimals", Number(text).toFixed(18));
  if (/^0+(\.0+)?$/.test(text)) return bad("is zero");
  return ok(text);
}

const EXACT_UNITS: Array<[string, number]> = [
  ["Ei", 1024 ** 6],
  ["E", 1000 ** 6],
  ["Pi", 1024 ** 5],
  ["P", 1000 ** 5],
  ["Ti", 1024 ** 4],
  ["T", 1000 ** 4],
  ["Gi", 1024 ** 3],
  ["G", 1000 ** 3],
  ["Mi", 1024 ** 2],
  ["M", 1000 ** 2],
  ["Ki", 1024],
  ["k", 1000],
];

/**
 * Bytes written the way chain-sdk reads them back exactly: with the largest unit that divides
 * them ("512Mi"), else with a "b" (chain-sdk treats a letter that is no unit as bytes; a bare
 * number, which Go reads as bytes, makes it throw).
 */
export function sdkSize(bytes: number): string {
  for (const [unit, factor] of EXACT_UNITS)
    if (bytes >= factor && bytes % factor === 0) return `${bytes / factor}${unit}`;
  return `${bytes}b`;
}

/** The bytes of a size the checker wrote (sdkSize) or a tenant wrote (Go's units). */
export function bytesOf(size: unknown): number | null {
  if (typeof size !== "string") return null;
  if (size.endsWith("b")) return Number(size.slice(0, -1));
  const read = readBytes(size);
  return read.ok ? read.value : null;
}

/** The millicores of CPU units the checker wrote ("500m"). */
export function millicoresOf(units: unknown): number | null {
  const read = typeof units === "string" ? readCpu(units) : null;
  return read?.ok ? read.value : null;
}
