// startLocalnet: a faithful local Akash chain in this process. Loads or creates the data dir
// (accounts, snapshot), serves RPC/REST/admin, produces blocks, starts the simulated providers
// and a WalletConnect relay, and writes DIR/localnet.json for everyone else.

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  CHAIN_ID,
  DEFAULT_BME,
  DEFAULTS,
  DEPLOYMENT_DENOM,
  FEE_DENOM,
  marketParams,
  type BmeConfig,
  type MarketConfig,
} from "./config.ts";
import { LocalNode } from "./node.ts";
import type { RunningProvider, StartProviders } from "./providers/contract.ts";
import { accountNames, loadOrCreateAccounts, type NamedAccount } from "./state/accounts.ts";
import { applyGenesis, fundMissing } from "./state/genesis.ts";
import { snapshotPath } from "./state/snapshot.ts";
import { startRelay, type RunningRelay } from "./walletconnect/relay.ts";

export interface LocalnetOptions {
  dataDir?: string;
  blockTimeMs?: number;
  rpcPort?: number;
  restPort?: number;
  adminPort?: number;
  providers?: number;
  providerBasePort?: number;
  /** the WalletConnect relay's port (0 picks a free one) */
  relayPort?: number;
  reset?: boolean;
  bme?: Partial<BmeConfig>;
  /** the market's reclamation bounds (default mainnet's 1 h .. 720 h) */
  market?: MarketConfig;
  /** every provider's offered reclamation window in seconds, null for none (default per profile) */
  providerReclamationWindowSec?: number | null;
  /** provider withdrawal period / funds-check interval (default provider-services', in blocks) */
  providerWithdrawPeriodMs?: number;
  providerFundsCheckIntervalMs?: number;
  /** how often state is snapshotted while running (it always is on stop) */
  snapshotIntervalMs?: number;
}

export interface LocalnetInfo {
  chainId: string;
  rpc: string;
  rest: string;
  admin: string;
  /** the local WalletConnect relay (ws://), for phone wallets on this network */
  walletConnectRelay: string;
  blockTimeMs: number;
  denoms: { fee: string; deployment: string };
  accounts: NamedAccount[];
  providers: RunningProvider[];
  startedAt: string;
}

export interface RunningLocalnet {
  info: LocalnetInfo;
  stop(): Promise<void>;
}

async function loadProviders(): Promise<StartProviders> {
  let mod: { startProviders?: StartProviders };
  try {
    mod = (await import("./providers/index.ts")) as { startProviders?: StartProviders };
  } catch (e) {
    throw new Error(
      `localnet: providers requested but localnet/providers/index.ts cannot be loaded (use --providers 0 to run without): ${(e as Error).message}`,
    );
  }
  if (typeof mod.startProviders !== "function")
    throw new Error("localnet: localnet/providers/index.ts does not export startProviders");
  return mod.startProviders;
}

export async function startLocalnet(options: LocalnetOptions = {}): Promise<RunningLocalnet> {
  const dataDir = resolve(options.dataDir ?? DEFAULTS.dataDir);
  const providerCount = options.providers ?? DEFAULTS.providers;
  const blockTimeMs = options.blockTimeMs ?? DEFAULTS.blockTimeMs;
  if (options.reset) {
    rmSync(snapshotPath(dataDir), { force: true });
    rmSync(join(dataDir, "providers"), { recursive: true, force: true });
  }
  mkdirSync(dataDir, { recursive: true });
  const accounts = await loadOrCreateAccounts(dataDir, accountNames(providerCount));
  const node = new LocalNode({
    chainId: CHAIN_ID,
    dataDir,
    host: DEFAULTS.host,
    blockTimeMs,
    rpcPort: options.rpcPort ?? DEFAULTS.rpcPort,
    restPort: options.restPort ?? DEFAULTS.restPort,
    adminPort: options.adminPort ?? DEFAULTS.adminPort,
    bme: { ...DEFAULT_BME, ...options.bme },
    market: marketParams(options.market),
    snapshotIntervalMs: options.snapshotIntervalMs ?? 10_000,
  });
  if (!node.restore()) applyGenesis(node.chain.state, accounts);
  else fundMissing(node.chain.state, accounts);
  await node.listen();
  await node.startBlocks();
  const host = DEFAULTS.host;
  let relay: RunningRelay;
  try {
    relay = await startRelay({ host, port: options.relayPort ?? DEFAULTS.relayPort });
  } catch (e) {
    await node.stop();
    throw e;
  }
  node.faults.onChange((f) => relay.setDown(f.relay.down));
  const info: LocalnetInfo = {
    chainId: CHAIN_ID,
    rpc: `http://${host}:${node.ports.rpc}`,
    rest: `http://${host}:${node.ports.rest}`,
    admin: `http://${host}:${node.ports.admin}`,
    walletConnectRelay: relay.url,
    blockTimeMs,
    denoms: { fee: FEE_DENOM, deployment: DEPLOYMENT_DENOM },
    accounts,
    providers: [],
    startedAt: new Date().toISOString(),
  };
  try {
    if (providerCount > 0) {
      const startProviders = await loadProviders();
      const byName = (n: string) => accounts.find((a) => a.name === n) as NamedAccount;
      node.providers = await startProviders({
        chainId: CHAIN_ID,
        rpc: info.rpc,
        rest: info.rest,
        providers: accounts.filter((a) => a.name.startsWith("provider-")),
        auditor: byName("auditor"),
        basePort: options.providerBasePort ?? DEFAULTS.providerBasePort,
        dataDir: join(dataDir, "providers"),
        blockTimeMs,
        reclamationWindowSec: options.providerReclamationWindowSec,
        withdrawPeriodMs: options.providerWithdrawPeriodMs,
        fundsCheckIntervalMs: options.providerFundsCheckIntervalMs,
      });
      info.providers = node.providers.providers;
    }
  } catch (e) {
    await relay.close();
    await node.stop();
    throw e;
  }
  writeFileSync(join(dataDir, "localnet.json"), `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
  return {
    info,
    async stop() {
      await node.providers?.stop();
      await relay.close();
      await node.stop();
    },
  };
}
