import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, hasReceiptHash, receiptHash, sealReceipt, sha256Hex } from "./canonical";
import { sampleChain } from "../testing/sample-chain";

function setup() {
  const nodeSha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
  return { nodeSha };
}

describe("canonical hashing", () => {
  it("writes RFC 8785 JSON: sorted keys, no whitespace, ES number forms", () => {
    expect(canonicalJson({ b: 2, a: [1, "x", null], "\u20ac": true, c: { z: 1e21, y: 0.1 } })).toBe(
      '{"a":[1,"x",null],"b":2,"c":{"y":0.1,"z":1e+21},"€":true}',
    );
  });

  it("hashes the canonical form with SHA-256, whatever the key order", async () => {
    const { nodeSha } = setup();
    expect(await sha256Hex("abc")).toBe(nodeSha("abc"));
    const a = await receiptHash({ x: 1, y: { b: 1, a: 2 } });
    const b = await receiptHash({ y: { a: 2, b: 1 }, x: 1 });
    expect(a).toBe(b);
    expect(a).toBe(nodeSha('{"x":1,"y":{"a":2,"b":1}}'));
  });

  it("covers every field but sha256 itself, including prev", async () => {
    const { nodeSha } = setup();
    const [first] = await sampleChain(1);
    const { sha256, ...rest } = first!;
    expect(sha256).toBe(nodeSha(canonicalJson(rest)));
    const relinked = await sealReceipt({ ...rest }, "f".repeat(64));
    expect(relinked.sha256).not.toBe(sha256);
  });

  it("checks hashes with the fast path exactly as the library computed them, odd values included", async () => {
    const odd = { "\u20ac": 1e21, b: [0.1, -0, "\u2028", { Z: null, a: true }], A: "é", "10": 2, "9": 3 };
    const sha256 = await receiptHash(odd);
    expect(await hasReceiptHash({ ...odd, sha256 }, sha256)).toBe(true);
    expect(await hasReceiptHash({ ...odd, A: "e", sha256 }, sha256)).toBe(false);
    for (const r of await sampleChain(3))
      expect(await hasReceiptHash(JSON.parse(JSON.stringify(r)), r.sha256)).toBe(true);
  });
});
