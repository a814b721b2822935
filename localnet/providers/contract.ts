// Contract between the local chain (localnet/index.ts, localnet/cli.ts) and the simulated
// providers (localnet/providers/). Providers are ordinary chain clients: they only receive
// endpoints and their own keys, never a handle on chain state.

export interface ProviderAccount {
  /** account name in localnet.json, e.g. "provider-1" */
  name: string;
  mnemonic: string;
  address: string;
}

export interface StartProvidersOptions {
  chainId: string;
  /** CometBFT JSON-RPC base URL, e.g. http://127.0.0.1:26657 */
  rpc: string;
  /** REST gateway base URL, e.g. http://127.0.0.1:1317 */
  rest: string;
  providers: ProviderAccount[];
  /** the localnet auditor, which signs the attributes of audited providers */
  auditor: ProviderAccount;
  /** first gateway port; provider i listens on basePort + i; 0 = pick free ports */
  basePort: number;
  /** directory for provider state (TLS keys, certificates) inside the localnet data dir */
  dataDir: string;
  blockTimeMs: number;
  /** optional: how often providers withdraw lease earnings (default 50 blocks, at least 5 s) */
  withdrawPeriodMs?: number;
}

export interface RunningProvider {
  name: string;
  address: string;
  /** the host_uri registered on chain, e.g. https://127.0.0.1:8443 */
  hostUri: string;
  region: string;
  organization: string;
  audited: boolean;
}

export type ProviderFault =
  | { kind: "offline" }
  | { kind: "slow"; delayMs: number }
  | { kind: "reject-manifests" }
  | { kind: "stop-bidding" };

export interface RunningProviders {
  providers: RunningProvider[];
  /** set (or clear, with null) a fault on one provider, by name or address */
  setFault(provider: string, fault: ProviderFault | null): void;
  stop(): Promise<void>;
}

export type StartProviders = (opts: StartProvidersOptions) => Promise<RunningProviders>;
