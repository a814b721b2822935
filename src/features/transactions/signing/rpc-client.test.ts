import { describe, expect, it } from "vitest";
import { retryingRpcClient } from "./rpc-client";

type Answer = { status: number; body?: unknown } | "drop";

/** A node behind a balancer, answering each request in turn from `answers`. */
function setup(answers: Answer[]) {
  const seen: { url: string; method: string }[] = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    const method = (JSON.parse(String(init?.body)) as { method: string }).method;
    seen.push({ url: String(url), method });
    const next = answers.shift() ?? { status: 200, body: { jsonrpc: "2.0", id: 1, result: { ok: true } } };
    if (next === "drop") throw new TypeError("Failed to fetch");
    // A balancer's own refusal is an HTML page, not a node's JSON-RPC answer.
    const body = next.body === undefined ? "<html>Service Unavailable</html>" : JSON.stringify(next.body);
    return new Response(body, { status: next.status });
  }) as typeof fetch;
  const client = retryingRpcClient(["http://a", "http://b"], {
    fetchImpl,
    sleep: async () => undefined,
    attempts: 4,
  });
  const call = (method: string) => client.execute({ jsonrpc: "2.0", id: 1, method, params: {} });
  return { call, seen };
}

const ok = { status: 200, body: { jsonrpc: "2.0", id: 1, result: { ok: true } } };

describe("retryingRpcClient", () => {
  it("retries a read on 503, 429, 502 and a dropped connection, across the endpoints", async () => {
    const { call, seen } = setup([{ status: 503 }, { status: 429 }, "drop", ok]);
    expect(await call("abci_query")).toMatchObject({ result: { ok: true } });
    expect(seen.map((s) => s.url)).toEqual(["http://a", "http://b", "http://a", "http://b"]);
  });

  it("takes a 503 for a refusal even when its body is a JSON-RPC error (as the local network's fault sends it)", async () => {
    const fault = {
      jsonrpc: "2.0",
      id: -1,
      error: { code: -32603, message: "Internal error", data: "injected fault" },
    };
    const { call, seen } = setup([{ status: 503, body: fault }, ok]);
    expect(await call("broadcast_tx_sync")).toMatchObject({ result: { ok: true } });
    expect(seen).toHaveLength(2);
  });

  it("gives up on a read after its attempts with the last error", async () => {
    const { call, seen } = setup([{ status: 502 }, { status: 502 }, { status: 502 }, { status: 502 }]);
    await expect(call("status")).rejects.toThrow("Bad status on response: 502");
    expect(seen).toHaveLength(4);
  });

  it("passes a node's JSON-RPC error on at once, even with HTTP 500", async () => {
    const error = { code: -32603, message: "Internal error", data: "tx (AB) not found" };
    const { call, seen } = setup([{ status: 500, body: { jsonrpc: "2.0", id: 1, error } }]);
    await expect(call("tx")).rejects.toThrow(JSON.stringify(error));
    expect(seen).toHaveLength(1);
  });

  it("resends a broadcast no node took (503, 429), and says so for certain when none ever does", async () => {
    const taken = setup([{ status: 503 }, { status: 429 }, ok]);
    expect(await taken.call("broadcast_tx_sync")).toMatchObject({ result: { ok: true } });
    const refused = setup([{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }]);
    await expect(refused.call("broadcast_tx_sync")).rejects.toMatchObject({
      name: "NotBroadcastError",
      message: expect.stringMatching(
        /No node accepted the transaction \(4 tries, last: Bad status on response: 503\)/,
      ),
    });
  });

  it("never resends a broadcast whose answer was lost: the node may have taken it", async () => {
    for (const lost of ["drop", { status: 502 }, { status: 504 }, { status: 500 }] as Answer[]) {
      const { call, seen } = setup([lost, ok]);
      const err = await call("broadcast_tx_sync").catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).name).not.toBe("NotBroadcastError");
      expect(seen).toHaveLength(1);
    }
  });
});
