import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { rpcTxLookup } from "./tx-lookup";

const servers: Server[] = [];

// A real HTTP server answering like a CometBFT node, so the lookup runs over fetch unchanged.
async function setup(answer: (hash: string) => { status: number; body: unknown }) {
  const server = createServer((req, res) => {
    const hash = new URL(req.url ?? "", "http://x").searchParams.get("hash") ?? "";
    const { status, body } = answer(hash);
    res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
  });
  servers.push(server);
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { lookup: rpcTxLookup(() => url) };
}

afterEach(() => servers.splice(0).forEach((s) => s.close()));

describe("rpcTxLookup", () => {
  it("reads height, code and log of an included transaction", async () => {
    const { lookup } = await setup((hash) => ({
      status: 200,
      body: {
        result: { hash, height: "42", tx_result: { code: 5, codespace: "sdk", log: "insufficient funds" } },
      },
    }));
    expect(await lookup("ABCD")).toEqual({
      height: 42,
      code: 5,
      codespace: "sdk",
      rawLog: "insufficient funds",
    });
  });

  it("answers null when the node does not know the hash, with HTTP 200 or 500", async () => {
    for (const status of [200, 500]) {
      const { lookup } = await setup((hash) => ({
        status,
        body: { error: { code: -32603, message: "Internal error", data: `tx (${hash}) not found` } },
      }));
      expect(await lookup("ABCD")).toBeNull();
    }
  });

  it("throws on other node errors, so the receipt stays pending and is retried next load", async () => {
    const { lookup } = await setup(() => ({
      status: 200,
      body: { error: { message: "Internal error", data: "db closed" } },
    }));
    await expect(lookup("ABCD")).rejects.toThrow("db closed");
  });
});
