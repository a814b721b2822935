// Chain constants and genesis parameters of the local network, set to mainnet's values
// (node v2.x upgrade handlers, x/*/params) unless a comment says why not.

export const CHAIN_ID = "akash-localnet-1";
/**
 * The node's version.Version: the release tag without its "v" (the node's Makefile sets it from
 * `git describe --tags | sed 's/^v//'`). Reported by node_info, abci_info and discovery.
 */
export const NODE_VERSION = "2.1.0";
export const BECH32_PREFIX = "akash";
export const FEE_DENOM = "uakt";
export const DEPLOYMENT_DENOM = "uact";
/** Denoms that MsgSend refuses (bank SendEnabled=false), as on mainnet for ACT. */
export const SEND_DISABLED = new Set([DEPLOYMENT_DENOM]);

/** Node default minimum-gas-prices = 0.0025uakt; kept as a fraction to stay in integer math. */
export const MIN_GAS_PRICE = { numerator: 25n, denominator: 10_000n, denom: FEE_DENOM };

export const DEPLOYMENT_PARAMS = {
  minDeposits: [
    { denom: DEPLOYMENT_DENOM, amount: "500000" },
    { denom: FEE_DENOM, amount: "500000" },
  ],
};

export const MARKET_PARAMS = {
  bidMinDeposit: { denom: DEPLOYMENT_DENOM, amount: "500000" },
  orderMaxBids: 20,
  bidMinDeposits: [
    { denom: DEPLOYMENT_DENOM, amount: "500000" },
    { denom: FEE_DENOM, amount: "500000" },
  ],
  // AEP-82 bounds set by the v2.1.0 upgrade (market v1beta5 DefaultMin/MaxReclamationWindow).
  minReclamationWindow: { seconds: 3_600n, nanos: 0 },
  maxReclamationWindow: { seconds: 720n * 3_600n, nanos: 0 },
};

export type MarketParams = typeof MARKET_PARAMS;

/** The market's reclamation bounds for this network, in seconds (defaults: mainnet's 1 h and 720 h). */
export interface MarketConfig {
  minReclamationWindowSec?: number;
  maxReclamationWindowSec?: number;
}

export function marketParams(c: MarketConfig = {}): MarketParams {
  const window = (sec: number | undefined, fallback: MarketParams["minReclamationWindow"]) =>
    sec === undefined ? fallback : { seconds: BigInt(sec), nanos: 0 };
  return {
    ...MARKET_PARAMS,
    minReclamationWindow: window(c.minReclamationWindowSec, MARKET_PARAMS.minReclamationWindow),
    maxReclamationWindow: window(c.maxReclamationWindowSec, MARKET_PARAMS.maxReclamationWindow),
  };
}

export interface BmeConfig {
  /** uact minted per uakt burned, as a decimal string (oracle price of AKT in USD) */
  aktPriceUsd: string;
  /** mint spread in basis points taken from the minted amount (mainnet 25) */
  mintSpreadBps: number;
  /** blocks per BME epoch; pending mints execute at epoch end (mainnet min_epoch_blocks = 10) */
  epochBlocks: number;
}

export const DEFAULT_BME: BmeConfig = { aktPriceUsd: "1.25", mintSpreadBps: 25, epochBlocks: 10 };

/** Genesis balances (micro-units). Generous so tests and demos never run dry. */
export const GENESIS_FUNDS = {
  tenant: { uakt: 100_000_000_000n, uact: 100_000_000_000n },
  provider: { uakt: 10_000_000_000n, uact: 10_000_000_000n },
  auditor: { uakt: 1_000_000_000n, uact: 1_000_000_000n },
};

export const DEFAULTS = {
  dataDir: ".localnet",
  blockTimeMs: 1000,
  rpcPort: 26657,
  restPort: 1317,
  adminPort: 26660,
  providers: 3,
  providerBasePort: 8443,
  /** the WalletConnect relay (walletconnect/relay.ts) */
  relayPort: 26661,
  host: "127.0.0.1",
};
