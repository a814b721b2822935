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
  /**
   * how often providers withdraw lease earnings; default provider-services' 24 h, scaled to the
   * same number of blocks at this network's block time (14,169 s at 1 s blocks)
   */
  withdrawPeriodMs?: number;
  /** how often a lease's escrow is checked at most (default 10 min, scaled the same way) */
  fundsCheckIntervalMs?: number;
  /** the reclamation window every provider offers, in seconds (null: none); default per profile */
  reclamationWindowSec?: number | null;
}

export interface RunningProvider {
  name: string;
  address: string;
  /** the host_uri registered on chain, e.g. https://127.0.0.1:8443 */
  hostUri: string;
  region: string;
  organization: string;
  audited: boolean;
  /** provider-services' gRPC endpoint (ProviderRPC/GetStatus), TLS with the same certificate */
  grpcUri: string;
  /** the reclamation window its bids offer, in seconds; null when it offers none */
  reclamationWindowSec: number | null;
}

export interface LeaseRefJson {
  owner: string;
  dseq: string;
  gseq: number;
  oseq: number;
}

export interface ReclaimStarted {
  txHash: string;
  height: number;
}

export type ProviderFault =
  | { kind: "offline" }
  | { kind: "slow"; delayMs: number }
  | { kind: "reject-manifests" }
  | { kind: "stop-bidding" }
  /**
   * The services fall quiet (only requests served are logged) and a log or event stream that
   * carried nothing for idleMs is cut without a close frame, as an idle timeout between tenant
   * and provider does (console#799). For holdMs after a cut, new streams of that lease are
   * refused (503), so a test can write lines into the gap before the client gets back.
   */
  | { kind: "idle-drop"; idleMs: number; holdMs?: number };

export interface RunningProviders {
  providers: RunningProvider[];
  /** set (or clear, with null) a fault on one provider, by name or address */
  setFault(provider: string, fault: ProviderFault | null): void;
  /** the window one provider offers in new bids from now on (seconds; null offers none) */
  setReclamationWindow(provider: string, sec: number | null): void;
  /** the provider signs MsgLeaseStartReclaim for one of its leases (reason: a provider-range name) */
  startReclaim(provider: string, lease: LeaseRefJson, reason?: string | number): Promise<ReclaimStarted>;
  stop(): Promise<void>;
}

export type StartProviders = (opts: StartProvidersOptions) => Promise<RunningProviders>;
