// Canonical hashing of receipts: RFC 8785 (JSON Canonicalization Scheme, via `canonicalize`) then
// SHA-256 with WebCrypto, which the browser and Node 20 both provide. A receipt's sha256 covers
// every field except sha256 itself (so `prev` is covered and entries are chained).
//
// Verifying 10,000 receipts must stay under a second, and the library (general: toJSON, cycles)
// is the slowest step. So verification first tries a lean serializer that yields the
// same text for plain JSON data (sorted keys by UTF-16 code units, ES number and string forms);
// when that hash matches the stored one it is, by SHA-256, the very text the library produced at
// write time. Only a mismatch is re-checked with the library, which stays the sole authority.
import canonicalize from "canonicalize";
import type { Receipt, UnsealedReceipt } from "./receipt";

const encoder = new TextEncoder();

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error("This value cannot be written as canonical JSON.");
  return text;
}

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = "";
  for (const b of view) out += b.toString(16).padStart(2, "0");
  return out;
}

export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

/** The hash a receipt-shaped object should carry: over everything but its `sha256` field. */
export function receiptHash(value: object): Promise<string> {
  const rest: Record<string, unknown> = { ...value };
  delete rest.sha256;
  return sha256Hex(canonicalJson(rest));
}

function leanJson(value: unknown, skipKey: string | null): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => leanJson(v, null)).join(",")}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (key === skipKey || record[key] === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${leanJson(record[key], null)}`);
  }
  return `{${parts.join(",")}}`;
}

/** True when `value` hashes (everything but its sha256 field) to `expected`. */
export async function hasReceiptHash(value: object, expected: unknown): Promise<boolean> {
  if (typeof expected !== "string") return false;
  if ((await sha256Hex(leanJson(value, "sha256"))) === expected) return true;
  return (await receiptHash(value).catch(() => null)) === expected;
}

export async function sealReceipt(body: UnsealedReceipt, prev: string | null): Promise<Receipt> {
  const linked = { ...body, prev };
  return { ...linked, sha256: await receiptHash(linked) };
}

/**
 * The receipt exactly as its original chain wrote it, for an entry merged in from another chain:
 * its own prev and sha256 restored, the `imported` marker removed.
 */
export function originalOf(receipt: Receipt): Receipt {
  if (!receipt.imported) return receipt;
  return { ...receipt, imported: null, prev: receipt.imported.prev, sha256: receipt.imported.sha256 };
}
