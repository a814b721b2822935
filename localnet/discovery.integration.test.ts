// Version discovery as node v2.1 serves it: GET /akash/discovery/v1/info on the REST gateway and
// the "akash" method on CometBFT JSON-RPC, both from chain-sdk's VersionRegistry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNet, type TestNet } from "./test-support/harness.ts";

let t: TestNet;
beforeAll(async () => {
  t = await startTestNet();
});
afterAll(() => t?.close());

const modules = [
  { module: "audit", version: "v1" },
  { module: "bme", version: "v1" },
  { module: "cert", version: "v1" },
  { module: "deployment", version: "v1beta4" },
  { module: "escrow", version: "v1" },
  { module: "market", version: "v1beta5" },
  { module: "oracle", version: "v2" },
  { module: "provider", version: "v1beta4" },
  { module: "take", version: "v1" },
  { module: "wasm", version: "v1" },
];

describe("discovery", () => {
  it("answers GET /akash/discovery/v1/info with the registry, newest API version first", async () => {
    const res = await fetch(`${t.net.info.rest}/akash/discovery/v1/info`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      info: {
        client_info: { api_version: "v1beta3" },
        supported_versions: [
          { api_version: "v1beta4", modules, features: [] },
          { api_version: "v1beta3", modules, features: [] },
        ],
        chain_id: "akash-localnet-1",
        node_version: "2.1.0",
        min_client_version: "",
      },
    });
  });

  it("answers the JSON-RPC method akash with the same message, and the node reports one version", async () => {
    const res = await fetch(t.net.info.rpc, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 7, method: "akash", params: {} }),
    });
    const body = (await res.json()) as { id: number; result: Record<string, unknown> };
    expect(body.id).toBe(7);
    expect(body.result).toMatchObject({
      client_info: { api_version: "v1beta3" },
      chain_id: "akash-localnet-1",
      node_version: "2.1.0",
    });
    expect(body.result.supported_versions).toEqual([
      { api_version: "v1beta4", modules, features: null },
      { api_version: "v1beta3", modules, features: null },
    ]);
    const info = (await (
      await fetch(`${t.net.info.rest}/cosmos/base/tendermint/v1beta1/node_info`)
    ).json()) as {
      application_version: { version: string };
    };
    expect(info.application_version.version).toBe("2.1.0");
  });

  it("reports the minimum client version an operator sets, on REST and JSON-RPC, and refuses a non-version", async () => {
    const set = (body: unknown) =>
      fetch(`${t.net.info.admin}/discovery`, { method: "POST", body: JSON.stringify(body) });
    expect((await set({ minClientVersion: "not a version" })).status).toBe(400);
    expect((await set({ minClientVersion: "1.0.0-alpha.45" })).status).toBe(200);
    const rest = (await (await fetch(`${t.net.info.rest}/akash/discovery/v1/info`)).json()) as {
      info: { min_client_version: string };
    };
    expect(rest.info.min_client_version).toBe("1.0.0-alpha.45");
    const rpc = await fetch(t.net.info.rpc, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "akash", params: {} }),
    });
    expect(((await rpc.json()) as { result: { min_client_version: string } }).result.min_client_version).toBe(
      "1.0.0-alpha.45",
    );
    await set({ minClientVersion: "" });
  });
});
