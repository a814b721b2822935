// Built-in network presets. The server's /config.json may add more (the local network when it
// runs); the user may add custom endpoints to any of them in Settings. Endpoints are ordered by
// preference: the first healthy one is used and the next takes over when it fails.
import type { KnownAuditor, NETWORK_KINDS } from "./config-json";

export type NetworkKind = (typeof NETWORK_KINDS)[number];

export interface NetworkConfig {
  id: string;
  name: string;
  chainId: string;
  kind: NetworkKind;
  rpc: string[];
  rest: string[];
  /** seconds per block, for per-hour and per-month prices and time-left estimates */
  averageBlockTimeSec: number;
  /** gas price in the fee denom (uakt) */
  gasPrice: number;
  feeDenom: "uakt";
  /** deployments must be priced and funded in this denom (ACT since node v2.0) */
  deploymentDenom: "uact";
  /** the server hands out a funded test key for this network */
  localWallet: boolean;
  txExplorer: string | null;
  /** the WalletConnect relay that serves this network; absent means WalletConnect's hosted relay */
  walletConnectRelay?: string;
  /**
   * Auditors known by name on this network. The chain knows an auditor only by its address; these
   * names come from who runs the network (Akash's own auditor on mainnet, the local network's).
   */
  knownAuditors?: KnownAuditor[];
}

const COMMON = {
  gasPrice: 0.025,
  feeDenom: "uakt",
  deploymentDenom: "uact",
  localWallet: false,
} as const;

export const MAINNET: NetworkConfig = {
  ...COMMON,
  id: "mainnet",
  name: "Mainnet",
  chainId: "akashnet-2",
  kind: "mainnet",
  rpc: [
    "https://rpc.akt.dev/rpc",
    "https://akash-rpc.polkachu.com",
    "https://akash-rpc.publicnode.com:443",
    "https://rpc-akash.ecostake.com:443",
  ],
  rest: [
    "https://rpc.akt.dev/rest",
    "https://akash-api.polkachu.com",
    "https://akash-rest.publicnode.com",
    "https://rest-akash.ecostake.com",
  ],
  averageBlockTimeSec: 6.098,
  txExplorer: "https://www.mintscan.io/akash/tx/{hash}",
  knownAuditors: [
    // The auditor whose signature is Akash's "audited" badge (akash.network/docs/providers/
    // operations/provider-audit); the docs' signedBy examples use this address.
    { address: "akash1365yvmc4s7awdyj3n2sav7xfx76adc6dnmlx63", name: "Akash Network (provider audit)" },
  ],
};

export const SANDBOX: NetworkConfig = {
  ...COMMON,
  id: "sandbox",
  name: "Sandbox",
  chainId: "sandbox-2",
  kind: "sandbox",
  rpc: ["https://rpc.sandbox-2.aksh.pw:443"],
  rest: ["https://api.sandbox-2.aksh.pw:443"],
  averageBlockTimeSec: 6.098,
  txExplorer: null,
};

export const PRESET_NETWORKS: readonly NetworkConfig[] = [MAINNET, SANDBOX];
