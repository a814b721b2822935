import { describe, expect, it } from "vitest";
import { Secp256k1, sha256 } from "@cosmjs/crypto";
import { verifySecp256k1 } from "./secp256k1.ts";

async function setup() {
  const priv = sha256(new TextEncoder().encode("localnet secp256k1 test key"));
  const { pubkey } = await Secp256k1.makeKeypair(priv);
  const message = new TextEncoder().encode("sign doc bytes");
  const sig = await Secp256k1.createSignature(sha256(message), priv);
  return {
    pub: Secp256k1.compressPubkey(pubkey),
    message,
    sig: new Uint8Array([...sig.r(32), ...sig.s(32)]),
  };
}

describe("verifySecp256k1", () => {
  it("accepts a cosmjs signature and rejects a changed message or signature", async () => {
    const { pub, message, sig } = await setup();
    expect(verifySecp256k1(sig, message, pub)).toBe(true);
    expect(verifySecp256k1(sig, new TextEncoder().encode("other"), pub)).toBe(false);
    const bad = sig.slice();
    bad[5] = (bad[5] ?? 0) ^ 1;
    expect(verifySecp256k1(bad, message, pub)).toBe(false);
  });

  it("rejects the high-S twin of a valid signature, as the SDK does", async () => {
    const { pub, message, sig } = await setup();
    const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
    const s = BigInt(`0x${Buffer.from(sig.subarray(32)).toString("hex")}`);
    const high = Buffer.from((n - s).toString(16).padStart(64, "0"), "hex");
    expect(verifySecp256k1(new Uint8Array([...sig.subarray(0, 32), ...high]), message, pub)).toBe(false);
  });
});
