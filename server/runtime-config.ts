// Owns /config.json: the runtime configuration the browser reads at boot. Which networks exist
// beyond the built-in presets (the local network when it runs), which one is the default, and
// optional integrations. Nothing secret ever goes here: it is served to any visitor.

export interface RuntimeNetwork {
  id: string;
  name: string;
  chainId: string;
  rpc: string[];
  rest: string[];
  averageBlockTimeSec: number;
  /** offer the "local key" wallet (the server hands out a funded test key) */
  localWallet: boolean;
  kind: "mainnet" | "sandbox" | "local" | "custom";
  /** a WalletConnect relay that serves this network (absent: WalletConnect's hosted relay) */
  walletConnectRelay?: string;
}

export interface RuntimeConfig {
  defaultNetwork: string;
  /** networks offered in addition to the presets compiled into the app */
  networks: RuntimeNetwork[];
  walletConnectProjectId: string | null;
  providerProxy: string;
}

export interface LocalnetInfo {
  chainId: string;
  rpc: string;
  rest: string;
  blockTimeMs: number;
  accounts: { name: string; address: string; mnemonic: string }[];
  walletConnectRelay?: string;
}

export function buildRuntimeConfig(opts: {
  localnet: LocalnetInfo | null;
  defaultNetwork?: string;
  walletConnectProjectId?: string | null;
}): RuntimeConfig {
  const networks: RuntimeNetwork[] = [];
  if (opts.localnet) {
    networks.push({
      id: "local",
      name: "Local network",
      chainId: opts.localnet.chainId,
      rpc: [opts.localnet.rpc],
      rest: [opts.localnet.rest],
      averageBlockTimeSec: opts.localnet.blockTimeMs / 1000,
      localWallet: true,
      kind: "local",
      ...(opts.localnet.walletConnectRelay ? { walletConnectRelay: opts.localnet.walletConnectRelay } : {}),
    });
  }
  return {
    defaultNetwork: opts.defaultNetwork ?? (opts.localnet ? "local" : "mainnet"),
    networks,
    walletConnectProjectId: opts.walletConnectProjectId ?? null,
    providerProxy: "/provider-proxy",
  };
}
