// secp256k1 signature verification through Node's OpenSSL: ~20x cheaper than the pure-JS
// verifier and the main cost of CheckTx, which bounds sustained tx/s. Semantics follow the SDK:
// 33-byte compressed key, 64-byte r||s over sha256(message), and high-S signatures rejected.

import { createPublicKey, verify, type KeyObject } from "node:crypto";

// SubjectPublicKeyInfo header for an id-ecPublicKey on secp256k1 with a 33-byte compressed point.
const SPKI_PREFIX = Buffer.from("3036301006072a8648ce3d020106052b8104000a032200", "hex");
const HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;

const keyCache = new Map<string, KeyObject>();

function keyObject(pubkey: Uint8Array): KeyObject {
  const id = Buffer.from(pubkey).toString("hex");
  let k = keyCache.get(id);
  if (!k) {
    k = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, pubkey]), format: "der", type: "spki" });
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(id, k);
  }
  return k;
}

export function verifySecp256k1(signature: Uint8Array, message: Uint8Array, pubkey: Uint8Array): boolean {
  if (signature.length !== 64 || pubkey.length !== 33) return false;
  const s = BigInt(`0x${Buffer.from(signature.subarray(32)).toString("hex")}`);
  if (s === 0n || s > HALF_N) return false;
  try {
    return verify("sha256", message, { key: keyObject(pubkey), dsaEncoding: "ieee-p1363" }, signature);
  } catch {
    return false;
  }
}
