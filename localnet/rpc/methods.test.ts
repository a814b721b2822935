import { describe, expect, it } from "vitest";
import { callMethod } from "./dispatch.ts";
import { URI_PARAMS, type RpcContext } from "./methods.ts";

// A chain that holds no transaction: every lookup ends in "not found", naming the hash it decoded.
const ctx = { chain: { txIndex: new Map(), blocks: new Map() } } as unknown as RpcContext;

// A real transaction hash whose base64 form begins with "0x" (as any hash starting D31… does).
const HASH = "D31E3FA09D1F05650F6AD83CCAF86C9F098F7A8CAD961D75F568B62A718F62E1";
const BASE64 = Buffer.from(HASH, "hex").toString("base64");

describe("bytes params", () => {
  it("reads a JSON body's bytes as base64, even when the base64 begins with 0x", async () => {
    expect(BASE64.startsWith("0x")).toBe(true);
    expect(await callMethod(ctx, { id: 1, method: "tx", params: { hash: BASE64 } })).toMatchObject({
      error: { data: `tx (${HASH}) not found` },
    });
  });

  it("reads a URI request's 0x value as hex", async () => {
    const uri = { hash: `0x${HASH.toLowerCase()}`, [URI_PARAMS]: true };
    expect(await callMethod(ctx, { id: 1, method: "tx", params: uri })).toMatchObject({
      error: { data: `tx (${HASH}) not found` },
    });
    const bad = { hash: "0xnothex", [URI_PARAMS]: true };
    expect(await callMethod(ctx, { id: 1, method: "tx", params: bad })).toMatchObject({
      error: { message: "Invalid params", data: "invalid hash encoding" },
    });
  });
});
