// Chain info for cosmos-kit and for Keplr's experimentalSuggestChain. Mainnet comes from
// chain-registry; sandbox is the registry's akash entry re-pointed at sandbox-2; any other
// network (the local one, or one from /config.json) is built from its NetworkConfig.
// Endpoints always come from the NetworkConfig, so the wallet talks to the nodes the user chose.
import { assets as akashAssets, chain as akashChain } from "chain-registry/mainnet/akash";
import type { NetworkConfig } from "@/config/networks";

// chain-registry's own types, without depending on @chain-registry/types directly.
export type Chain = typeof akashChain;
export type AssetList = typeof akashAssets;

export interface ChainBundle {
  /** cosmos-kit's key for this chain; unique per network */
  chainName: string;
  chain: Chain;
  assets: AssetList;
}

const BECH32_PREFIX = "akash";
const COIN_TYPE = 118;

function apis(network: NetworkConfig): Chain["apis"] {
  return {
    rpc: network.rpc.map((address) => ({ address })),
    rest: network.rest.map((address) => ({ address })),
  };
}

function feeTokens(network: NetworkConfig): NonNullable<Chain["fees"]> {
  const gas = network.gasPrice;
  return {
    fee_tokens: [
      {
        denom: network.feeDenom,
        fixed_min_gas_price: gas,
        low_gas_price: gas,
        average_gas_price: gas,
        high_gas_price: gas * 2,
      },
    ],
  };
}

/** AKT (fees, staking) and ACT (deployments), both with 6 decimals. */
export function akashAssetList(chainName: string): AssetList {
  return {
    chain_name: chainName,
    assets: [
      {
        description: "The native token of the Akash Network: fees and staking.",
        denom_units: [
          { denom: "uakt", exponent: 0 },
          { denom: "akt", exponent: 6 },
        ],
        base: "uakt",
        name: "Akash Network",
        display: "akt",
        symbol: "AKT",
        type_asset: "sdk.coin",
      },
      {
        description: "Akash Compute Token: deployments are priced and funded in ACT.",
        denom_units: [
          { denom: "uact", exponent: 0 },
          { denom: "act", exponent: 6 },
        ],
        base: "uact",
        name: "Akash Compute Token",
        display: "act",
        symbol: "ACT",
        type_asset: "sdk.coin",
      },
    ],
  };
}

export function chainNameFor(network: NetworkConfig): string {
  if (network.kind === "mainnet" && network.chainId === akashChain.chain_id) return akashChain.chain_name;
  return `akash${network.id.replace(/[^a-z0-9]/gi, "").toLowerCase()}`;
}

function builtChain(network: NetworkConfig, chainName: string): Chain {
  return {
    chain_name: chainName,
    chain_type: "cosmos",
    status: "live",
    network_type: network.kind === "local" ? "devnet" : "testnet",
    pretty_name: `Akash ${network.name}`,
    chain_id: network.chainId,
    bech32_prefix: BECH32_PREFIX,
    slip44: COIN_TYPE,
    fees: feeTokens(network),
    staking: { staking_tokens: [{ denom: "uakt" }] },
    apis: apis(network),
  };
}

export function chainBundleFor(network: NetworkConfig): ChainBundle {
  const chainName = chainNameFor(network);
  if (chainName === akashChain.chain_name) {
    return {
      chainName,
      chain: { ...akashChain, apis: apis(network) },
      assets: akashAssets,
    };
  }
  if (network.kind === "sandbox") {
    return {
      chainName,
      chain: {
        ...akashChain,
        chain_name: chainName,
        chain_id: network.chainId,
        network_type: "testnet",
        pretty_name: `Akash ${network.name}`,
        fees: feeTokens(network),
        apis: apis(network),
        explorers: [],
      },
      assets: akashAssetList(chainName),
    };
  }
  return { chainName, chain: builtChain(network, chainName), assets: akashAssetList(chainName) };
}
