// Owns /config.json: the runtime configuration the browser reads at boot. Which networks exist
// beyond the built-in presets (the local network when it runs), which one is the default, and
// optional integrations. Its shape is the contract in src/config/config-json.ts, which the browser
// validates with the same schema. Nothing secret ever goes here: it is served to any visitor.
import type { RuntimeConfig, RuntimeNetwork } from "../src/config/config-json";

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
  /** offer the local key wallet: only where this server hands it out (`npm start`) */
  offerLocalWallet?: boolean;
}): RuntimeConfig {
  const networks: RuntimeNetwork[] = [];
  if (opts.localnet) {
    // localnet.json names the account that signs the audited providers' attributes "auditor".
    const auditor = opts.localnet.accounts.find((a) => a.name === "auditor");
    networks.push({
      id: "local",
      name: "Local network",
      chainId: opts.localnet.chainId,
      rpc: [opts.localnet.rpc],
      rest: [opts.localnet.rest],
      averageBlockTimeSec: opts.localnet.blockTimeMs / 1000,
      localWallet: opts.offerLocalWallet ?? true,
      kind: "local",
      ...(opts.localnet.walletConnectRelay ? { walletConnectRelay: opts.localnet.walletConnectRelay } : {}),
      ...(auditor ? { knownAuditors: [{ address: auditor.address, name: "Local network auditor" }] } : {}),
    });
  }
  return {
    defaultNetwork: opts.defaultNetwork ?? (opts.localnet ? "local" : "mainnet"),
    networks,
    walletConnectProjectId: opts.walletConnectProjectId ?? null,
    providerProxy: "/provider-proxy",
  };
}
