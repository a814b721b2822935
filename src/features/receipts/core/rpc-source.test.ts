import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { rpcChainId, rpcChainSource } from "./rpc-source";

const servers: Server[] = [];

// A real HTTP server answering like a CometBFT node; `answers` are served in turn, the last one repeats.
async function node(answers: { status: number; body: unknown }[]) {
  let calls = 0;
  const server = createServer((_req, res) => {
    const { status, body } = answers[Math.min(calls++, answers.length - 1)]!;
    res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
  });
  servers.push(server);
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, calls: () => calls };
}

afterEach(() => servers.splice(0).forEach((s) => s.close()));

const busy = { status: 503, body: { jsonrpc: "2.0", id: -1, error: { message: "Internal error" } } };
const BUSY_NO_BODY = { status: 503, body: null };
const TX = { result: { height: "42", tx: "AQID", tx_result: { code: 0 } } };

describe("rpcChainSource", () => {
  it("reads a transaction's height, code and bytes", async () => {
    const { url } = await node([{ status: 200, body: TX }]);
    expect(await rpcChainSource(url, "c").findTx("AB")).toEqual({
      height: 42,
      code: 0,
      tx: new Uint8Array([1, 2, 3]),
    });
  });

  it("retries a busy node (503 without an answer) and then reads the transaction", async () => {
    const { url, calls } = await node([BUSY_NO_BODY, { status: 429, body: null }, { status: 200, body: TX }]);
    expect(await rpcChainSource(url, "c").findTx("AB")).toMatchObject({ height: 42 });
    expect(calls()).toBe(3);
  });

  it("answers null for a hash the node does not know, with HTTP 200 or 500", async () => {
    for (const status of [200, 500]) {
      const { url, calls } = await node([
        { status, body: { error: { message: "Internal error", data: "tx (AB) not found" } } },
      ]);
      expect(await rpcChainSource(url, "c").findTx("AB")).toBeNull();
      expect(calls()).toBe(1);
    }
  });

  it("gives up after a few tries and says which node did not answer", async () => {
    const { url, calls } = await node([BUSY_NO_BODY]);
    await expect(rpcChainSource(url, "c").findTx("AB")).rejects.toThrow(/answered HTTP 503/);
    expect(calls()).toBe(4);
  });

  it("retries a 503 that wraps its refusal in a JSON-RPC error (a proxy, or localnet's fault)", async () => {
    const { url, calls } = await node([busy, { status: 200, body: TX }]);
    expect(await rpcChainSource(url, "c").findTx("AB")).toMatchObject({ height: 42 });
    expect(calls()).toBe(2);
  });

  it("does not retry a JSON-RPC error the node answers with HTTP 200", async () => {
    const { url, calls } = await node([{ status: 200, body: busy.body }]);
    await expect(rpcChainSource(url, "c").findTx("AB")).rejects.toThrow("Internal error");
    expect(calls()).toBe(1);
  });
});

describe("rpcChainId", () => {
  it("reads the chain id from status, through a busy moment", async () => {
    const { url } = await node([
      BUSY_NO_BODY,
      { status: 200, body: { result: { node_info: { network: "akash-1" } } } },
    ]);
    expect(await rpcChainId(url)).toBe("akash-1");
  });
});
