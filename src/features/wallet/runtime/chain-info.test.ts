import { describe, expect, it } from "vitest";
import { MAINNET, SANDBOX, type NetworkConfig } from "@/config/networks";
import { chainBundleFor } from "./chain-info";

function setup(overrides: Partial<NetworkConfig> = {}): NetworkConfig {
  return {
    ...MAINNET,
    id: "local",
    name: "Local network",
    chainId: "akash-localnet-1",
    kind: "local",
    rpc: ["http://127.0.0.1:26657"],
    rest: ["http://127.0.0.1:1317"],
    averageBlockTimeSec: 1,
    localWallet: true,
    ...overrides,
  };
}

describe("chainBundleFor", () => {
  it("uses chain-registry's akash entry for mainnet, pointed at the network's own endpoints", () => {
    const { chainName, chain, assets } = chainBundleFor(MAINNET);
    expect(chainName).toBe("akash");
    expect(chain.chain_id).toBe("akashnet-2");
    expect(chain.apis?.rpc?.map((a) => a.address)).toEqual(MAINNET.rpc);
    expect(chain.apis?.rest?.map((a) => a.address)).toEqual(MAINNET.rest);
    expect(assets.assets.map((a) => a.base)).toContain("uakt");
  });

  it("adapts the registry entry for sandbox-2 under its own chain name", () => {
    const { chainName, chain } = chainBundleFor(SANDBOX);
    expect(chainName).toBe("akashsandbox");
    expect(chain.chain_id).toBe("sandbox-2");
    expect(chain.bech32_prefix).toBe("akash");
    expect(chain.apis?.rest?.[0]?.address).toBe(SANDBOX.rest[0]);
  });

  it("builds a local network's chain info from its NetworkConfig", () => {
    const network = setup();
    const { chainName, chain, assets } = chainBundleFor(network);
    expect(chainName).toBe("akashlocal");
    expect(chain).toMatchObject({
      chain_id: "akash-localnet-1",
      bech32_prefix: "akash",
      slip44: 118,
      apis: { rpc: [{ address: "http://127.0.0.1:26657" }], rest: [{ address: "http://127.0.0.1:1317" }] },
    });
    expect(chain.fees?.fee_tokens).toEqual([
      {
        denom: "uakt",
        fixed_min_gas_price: 0.025,
        low_gas_price: 0.025,
        average_gas_price: 0.025,
        high_gas_price: 0.05,
      },
    ]);
    expect(assets.assets.map((a) => [a.base, a.symbol, a.denom_units[1]?.exponent])).toEqual([
      ["uakt", "AKT", 6],
      ["uact", "ACT", 6],
    ]);
  });

  it("never gives two networks the same cosmos-kit chain name", () => {
    const names = [MAINNET, SANDBOX, setup(), setup({ id: "custom-1", kind: "custom" })].map(
      (n) => chainBundleFor(n).chainName,
    );
    expect(new Set(names).size).toBe(names.length);
  });
});
