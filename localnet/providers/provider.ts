// One simulated provider: its own key and chain client, its TLS identity, its HTTPS gateway and
// gRPC status endpoint, its registration on chain, and the loop that bids, tracks leases, gets
// paid, closes reclaimed leases and tears workloads down when their lease closes. It reads and
// changes chain state only through RPC/REST like any client. While "offline" it does nothing.
import path from "node:path";
import { createRestClient, queries } from "./chain/rest.ts";
import { createSigner } from "./chain/signer.ts";
import { loadOrCreateTls } from "./chain/tls.ts";
import type { ProviderAccount, ProviderFault, RunningProvider } from "./contract.ts";
import { createAuthenticator } from "./gateway/authenticate.ts";
import { type Gateway, startGateway } from "./gateway/server.ts";
import type { Logger } from "./logger.ts";
import { createManifestService } from "./manifestService.ts";
import {
  createBalanceChecker,
  MAINNET_FUNDS_CHECK_INTERVAL_MS,
  MAINNET_WITHDRAWAL_PERIOD_MS,
  scaledToBlockTime,
} from "./market/balanceChecker.ts";
import { createBidEngine, type LiveLease } from "./market/bidEngine.ts";
import { Inventory } from "./market/inventory.ts";
import { createReclaimer, parseReason } from "./market/reclaimer.ts";
import { type ProviderProfile, providerAttributes } from "./profiles.ts";
import { ensureRegistered } from "./registration.ts";
import { startGrpcStatus } from "./status/grpc.ts";
import { legacyStatus, type StatusInput } from "./status/legacy.ts";
import { v1Status } from "./status/v1.ts";
import type { LeaseWorkload } from "./workloads/leaseWorkload.ts";

export interface ProviderNodeOptions {
  account: ProviderAccount;
  profile: ProviderProfile;
  rpc: string;
  rest: string;
  port: number;
  dataDir: string;
  blockTimeMs: number;
  withdrawPeriodMs?: number;
  fundsCheckIntervalMs?: number;
  log: Logger;
}

export interface ProviderNode {
  info: RunningProvider;
  attributes: { key: string; value: string }[];
  setFault(fault: ProviderFault | null): void;
  /** the window offered in new bids from now on (seconds, null: none) */
  setReclamationWindow(sec: number | null): void;
  startReclaim(
    lease: { owner: string; dseq: string; gseq: number; oseq: number },
    reason?: string | number,
  ): Promise<{ txHash: string; height: number }>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const HOSTNAME = "127.0.0.1";

export async function startProviderNode(o: ProviderNodeOptions): Promise<ProviderNode> {
  const signer = await createSigner({ mnemonic: o.account.mnemonic, rpc: o.rpc, blockTimeMs: o.blockTimeMs });
  const rest = createRestClient(o.rest);
  const { identity: tls } = await loadOrCreateTls(path.join(o.dataDir, o.account.name), signer.address);
  const attributes = providerAttributes(o.profile);
  const inventory = new Inventory(o.profile.capacity);
  const workloads = new Map<string, LeaseWorkload>();
  const manifests = new Map<string, string>();
  let fault: ProviderFault | null = null;
  const currentFault = () => fault;
  // provider-services --reclamation-window; the admin endpoint changes it as a restart would.
  let windowSec = o.profile.reclamationWindowSec;
  let live = new Map<string, LiveLease>();
  const statusInput = (): StatusInput => ({
    address: signer.address,
    hostname: HOSTNAME,
    inventory,
    leases: live.size,
    orders: inventory.list().filter((r) => !r.active).length,
    deployments: new Set([...workloads.keys()].map((k) => k.split("/").slice(0, 2).join("/"))).size,
    reclamationWindowSec: windowSec,
  });
  const submitManifest = createManifestService({
    address: signer.address,
    rest,
    log: o.log,
    fault: () => fault,
    // The lease key and the reservation's order key are both owner/dseq/gseq/oseq.
    gpuModelOf: (key) => inventory.gpuModelsOf(key)[0] ?? "",
    workloads,
    manifests,
  });
  const gateway: Gateway = await startGateway(
    {
      address: signer.address,
      log: o.log,
      fault: () => fault,
      authenticate: createAuthenticator(
        (addr) => queries.accountPubKey(rest, addr),
        async (owner, serial) => (await queries.certificates(rest, owner, serial))[0]?.pem ?? null,
      ),
      workload: (key) => workloads.get(key),
      manifestOf: (key) => manifests.get(key),
      submitManifest,
      providerStatus: () => legacyStatus(statusInput()),
    },
    tls,
    o.port,
  );
  const grpc = await startGrpcStatus(
    tls,
    () => v1Status(statusInput()),
    () => fault,
  );
  const hostUri = `https://${HOSTNAME}:${gateway.port}`;
  await ensureRegistered({
    signer,
    rest,
    hostUri,
    attributes,
    info: { email: o.profile.email, website: o.profile.website },
    tls,
    log: o.log,
  });

  const round = createBidEngine({
    address: signer.address,
    rest,
    signer,
    inventory,
    capacity: o.profile.capacity,
    rates: o.profile.rates,
    attributes,
    log: o.log,
    biddingStopped: () => fault?.kind === "stop-bidding",
    pendingMs: Math.max(3000, o.blockTimeMs * 5),
    reclamationWindowSec: () => windowSec,
  });
  const getPaid = createBalanceChecker({
    rest,
    signer,
    log: o.log,
    address: signer.address,
    blockTimeMs: o.blockTimeMs,
    withdrawalPeriodMs: o.withdrawPeriodMs ?? scaledToBlockTime(MAINNET_WITHDRAWAL_PERIOD_MS, o.blockTimeMs),
    fundsCheckIntervalMs:
      o.fundsCheckIntervalMs ?? scaledToBlockTime(MAINNET_FUNDS_CHECK_INTERVAL_MS, o.blockTimeMs),
  });
  const reclaimer = createReclaimer({ rest, signer, address: signer.address, log: o.log });
  const interval = Math.min(Math.max(o.blockTimeMs, 200), 2000);
  let stopped = false;

  async function tick(started: number): Promise<void> {
    const { activeLeases } = await round();
    live = activeLeases;
    for (const [key, w] of workloads) {
      // A workload created during this round may belong to a lease the round did not see yet.
      if (!activeLeases.has(key) && w.createdAt < started) {
        workloads.delete(key);
        manifests.delete(key);
        await w.stop();
        o.log.info("lease closed, workloads removed", { lease: key });
      }
    }
    await getPaid(activeLeases);
    await reclaimer.closeDue(activeLeases);
  }

  const loop = (async () => {
    while (!stopped) {
      const started = Date.now();
      try {
        // A provider whose process is down neither bids nor withdraws nor closes anything.
        if (currentFault()?.kind !== "offline") await tick(started);
      } catch (err) {
        if (!stopped) o.log.warn("round failed", { error: String(err) });
      }
      await sleep(interval);
    }
  })();

  const info: RunningProvider = {
    name: o.account.name,
    address: signer.address,
    hostUri,
    region: o.profile.region,
    organization: o.profile.organization,
    audited: o.profile.audited,
    grpcUri: `https://${HOSTNAME}:${grpc.port}`,
    reclamationWindowSec: windowSec,
  };
  return {
    info,
    attributes,
    setReclamationWindow(sec) {
      windowSec = sec;
      info.reclamationWindowSec = sec;
    },
    setFault(next) {
      fault = next;
      if (next?.kind === "offline") {
        gateway.dropConnections();
        grpc.dropConnections();
      }
    },
    async startReclaim(lease, reason) {
      const key = `${lease.owner}/${lease.dseq}/${lease.gseq}/${lease.oseq}`;
      const bseq = live.get(key)?.bseq ?? 0;
      const res = await reclaimer.start({ ...lease, provider: signer.address, bseq }, parseReason(reason));
      return { txHash: res.transactionHash, height: res.height };
    },
    async stop() {
      stopped = true;
      await loop;
      await Promise.all([...workloads.values()].map((w) => w.stop()));
      await Promise.all([gateway.close(), grpc.close()]);
      signer.disconnect();
    },
  };
}
