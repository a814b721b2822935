import { describe, expect, it } from "vitest";
import { checkEndpoint } from "./check-endpoint";

function setup(response: { status?: number; body?: unknown; fail?: boolean }) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    if (response.fail) throw new TypeError("Failed to fetch");
    return new Response(JSON.stringify(response.body ?? {}), { status: response.status ?? 200 });
  }) as typeof fetch;
  let t = 0;
  const now = () => (t += 42);
  return { calls, opts: { fetchImpl, now } };
}

const mainnet = { chainId: "akashnet-2", networkName: "Mainnet" };
const rpcStatus = (network: string, height: string) => ({
  result: { node_info: { network }, sync_info: { latest_block_height: height } },
});
const restBlock = (chain_id: string, height: string) => ({ block: { header: { chain_id, height } } });

describe("checkEndpoint", () => {
  it("accepts an RPC node of the right chain and reports height and latency", async () => {
    const { calls, opts } = setup({ body: rpcStatus("akashnet-2", "123") });
    const health = await checkEndpoint("rpc", "https://rpc.example.com/", mainnet, opts);
    expect(health).toEqual({
      ok: true,
      url: "https://rpc.example.com",
      kind: "rpc",
      chainId: "akashnet-2",
      height: 123,
      latencyMs: 42,
    });
    expect(calls[0]?.init?.method).toBe("POST");
    expect(JSON.parse(String(calls[0]?.init?.body))).toMatchObject({ method: "status" });
  });

  it("refuses an endpoint of another chain with a sentence naming both chain-ids", async () => {
    const { opts } = setup({ body: restBlock("sandbox-2", "9") });
    const health = await checkEndpoint("rest", "https://api.example.com", mainnet, opts);
    expect(health.ok).toBe(false);
    expect(!health.ok && health.reason).toBe(
      'This endpoint serves chain "sandbox-2", but Mainnet is "akashnet-2".',
    );
  });

  it("reads the chain-id and height of a REST gateway from the latest block", async () => {
    const { calls, opts } = setup({ body: restBlock("akashnet-2", "77") });
    const health = await checkEndpoint("rest", "https://api.example.com", mainnet, opts);
    expect(health).toMatchObject({ ok: true, height: 77 });
    expect(calls[0]?.url).toBe("https://api.example.com/cosmos/base/tendermint/v1beta1/blocks/latest");
  });

  it("explains an unreachable endpoint", async () => {
    const { opts } = setup({ fail: true });
    const health = await checkEndpoint("rpc", "https://down.example.com", mainnet, opts);
    expect(health.ok).toBe(false);
    expect(!health.ok && health.reason).toMatch(/^Unreachable: Could not reach down\.example\.com/);
  });

  it("explains an endpoint that is not a chain node", async () => {
    const { opts } = setup({ body: { hello: "world" } });
    const health = await checkEndpoint("rpc", "https://web.example.com", mainnet, opts);
    expect(!health.ok && health.reason).toMatch(/not like a CometBFT RPC node/);
  });

  it("refuses something that is not an http(s) URL without a request", async () => {
    const { calls, opts } = setup({ body: {} });
    const health = await checkEndpoint("rest", "ftp://x", mainnet, opts);
    expect(!health.ok && health.reason).toBe("This is not an http(s) URL.");
    expect(calls).toHaveLength(0);
  });
});
