// Canonical hashing of receipts: RFC 8785 (JSON Canonicalization Scheme, via `canonicalize`) then
// SHA-256 with WebCrypto, which the browser and Node 20 both provide. A receipt's sha256 covers
// every field except sha256 itself (so `prev` is covered and entries are chained).
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
