// What the server writes to /config.json is what the browser accepts: both sides use the one
// schema in src/config/config-json.ts, so a field renamed on one side fails here, not at boot.
import { describe, expect, it } from "vitest";
import { runtimeConfigSchema } from "../src/config/config-json";
import { loadAppConfig, toAppConfig } from "../src/config/runtime-config";
import { buildRuntimeConfig } from "./runtime-config";

const LOCALNET = {
  chainId: "akash-localnet-1",
  rpc: "http://127.0.0.1:26657",
  rest: "http://127.0.0.1:1317",
  blockTimeMs: 1000,
  accounts: [],
};

describe("/config.json", () => {
  it("offers the local network first, with its local key wallet, when it runs", () => {
    const written = buildRuntimeConfig({ localnet: LOCALNET, walletConnectProjectId: "wc" });
    expect(runtimeConfigSchema.safeParse(written).success).toBe(true);
    const app = toAppConfig(JSON.parse(JSON.stringify(written)));
    expect(app.defaultNetwork).toBe("local");
    expect(app.networks.map((n) => n.id)).toEqual(["local", "mainnet", "sandbox"]);
    expect(app.networks[0]).toMatchObject({ localWallet: true, averageBlockTimeSec: 1, kind: "local" });
    expect(app.walletConnectProjectId).toBe("wc");
  });

  it("names the local network's auditor, so bids say who audited a provider", () => {
    const auditor = { name: "auditor", address: "akash1auditor", mnemonic: "unused" };
    const written = buildRuntimeConfig({ localnet: { ...LOCALNET, accounts: [auditor] } });
    const app = toAppConfig(JSON.parse(JSON.stringify(written)));
    expect(app.networks[0]?.knownAuditors).toEqual([
      { address: "akash1auditor", name: "Local network auditor" },
    ]);
    expect(app.networks.find((n) => n.id === "mainnet")?.knownAuditors?.[0]?.address).toBe(
      "akash1365yvmc4s7awdyj3n2sav7xfx76adc6dnmlx63",
    );
  });

  it("without a local network, defaults to mainnet and the presets only", () => {
    const app = toAppConfig(JSON.parse(JSON.stringify(buildRuntimeConfig({ localnet: null }))));
    expect(app.defaultNetwork).toBe("mainnet");
    expect(app.networks.map((n) => n.id)).toEqual(["mainnet", "sandbox"]);
  });

  it("refuses a config whose network lacks a field, instead of guessing", () => {
    const written = buildRuntimeConfig({ localnet: LOCALNET });
    const { localWallet: _dropped, ...network } = written.networks[0]!;
    expect(() => toAppConfig({ ...written, networks: [network] })).toThrow(/config\.json is invalid/);
  });
});

describe("config.json on a static host", () => {
  it("accepts the example in docs/self-hosting.md, with a proxy at another origin", async () => {
    const { readFileSync } = await import("node:fs");
    const doc = readFileSync(new URL("../docs/self-hosting.md", import.meta.url), "utf8");
    const example = /## The static app on a CDN[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    const app = toAppConfig(JSON.parse(example ?? "null"));
    expect(app.providerProxy).toBe("https://proxy.example.com/provider-proxy");
    expect(app.defaultNetwork).toBe("mainnet");
  });

  it("accepts no proxy at all (null), and is fetched beside index.html at the base path", async () => {
    const requested: string[] = [];
    const fetchImpl = (async (url: string) => {
      requested.push(url);
      return new Response(JSON.stringify({ ...buildRuntimeConfig({ localnet: null }), providerProxy: null }));
    }) as unknown as typeof fetch;
    const app = await loadAppConfig("/console/", fetchImpl);
    expect(app.providerProxy).toBeNull();
    expect(requested).toEqual(["/console/config.json"]);
  });

  it("says where it looked when config.json is missing", async () => {
    const fetchImpl = (async () => new Response("", { status: 404 })) as unknown as typeof fetch;
    await expect(loadAppConfig("/console/", fetchImpl)).rejects.toThrow(
      /\/console\/config\.json \(HTTP 404\)/,
    );
  });
});
