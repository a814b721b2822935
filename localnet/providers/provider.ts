// One simulated provider: its own key and chain client, its TLS identity, its HTTPS gateway, its
// registration on chain, and the loop that bids, tracks leases, withdraws and tears workloads down
// when their lease closes. It reads and changes chain state only through RPC/REST like any client.
import path from "node:path";
import { createRestClient, queries } from "./chain/rest.ts";
import { createSigner } from "./chain/signer.ts";
import { loadOrCreateTls } from "./chain/tls.ts";
import type { ProviderAccount, ProviderFault, RunningProvider } from "./contract.ts";
import { createAuthenticator } from "./gateway/authenticate.ts";
import { type Gateway, startGateway } from "./gateway/server.ts";
import type { Logger } from "./logger.ts";
import { createManifestService } from "./manifestService.ts";
import { createBidEngine } from "./market/bidEngine.ts";
import { Inventory } from "./market/inventory.ts";
import { createLeaseKeeper } from "./market/leaseKeeper.ts";
import { type ProviderProfile, providerAttributes } from "./profiles.ts";
import { providerStatusBody } from "./providerStatus.ts";
import { ensureRegistered } from "./registration.ts";
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
  log: Logger;
}

export interface ProviderNode {
  info: RunningProvider;
  attributes: { key: string; value: string }[];
  setFault(fault: ProviderFault | null): void;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startProviderNode(o: ProviderNodeOptions): Promise<ProviderNode> {
  const signer = await createSigner({ mnemonic: o.account.mnemonic, rpc: o.rpc, blockTimeMs: o.blockTimeMs });
  const rest = createRestClient(o.rest);
  const { identity: tls } = await loadOrCreateTls(path.join(o.dataDir, o.account.name), signer.address);
  const attributes = providerAttributes(o.profile);
  const inventory = new Inventory(o.profile.capacity);
  const workloads = new Map<string, LeaseWorkload>();
  const manifests = new Map<string, string>();
  let fault: ProviderFault | null = null;
  let leaseCount = 0;
  const submitManifest = createManifestService({
    address: signer.address,
    rest,
    log: o.log,
    fault: () => fault,
    gpuModel: o.profile.capacity.gpus[0]?.model ?? "",
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
      providerStatus: () =>
        providerStatusBody(
          signer.address,
          inventory,
          leaseCount,
          workloads.size,
          inventory.keys().length - leaseCount,
        ),
    },
    tls,
    o.port,
  );
  const hostUri = `https://127.0.0.1:${gateway.port}`;
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
  });
  const keep = createLeaseKeeper({
    address: signer.address,
    rest,
    signer,
    log: o.log,
    // Real providers withdraw hourly; localnet does it every 50 blocks so demos and tests see it.
    withdrawEveryMs: o.withdrawPeriodMs ?? Math.max(5_000, o.blockTimeMs * 50),
  });
  const interval = Math.min(Math.max(o.blockTimeMs, 200), 2000);
  let stopped = false;
  const loop = (async () => {
    for (let n = 0; !stopped; n++) {
      const started = Date.now();
      try {
        const { activeLeases } = await round();
        leaseCount = activeLeases.size;
        for (const [key, w] of workloads) {
          // A workload created during this round may belong to a lease the round did not see yet.
          if (!activeLeases.has(key) && w.createdAt < started) {
            workloads.delete(key);
            manifests.delete(key);
            await w.stop();
            o.log.info("lease closed, workloads removed", { lease: key });
          }
        }
        if (n % 5 === 0) await keep(activeLeases);
      } catch (err) {
        if (!stopped) o.log.warn("round failed", { error: String(err) });
      }
      await sleep(interval);
    }
  })();

  return {
    info: {
      name: o.account.name,
      address: signer.address,
      hostUri,
      region: o.profile.region,
      organization: o.profile.organization,
      audited: o.profile.audited,
    },
    attributes,
    setFault(next) {
      fault = next;
      if (next?.kind === "offline") gateway.dropConnections();
    },
    async stop() {
      stopped = true;
      await loop;
      await Promise.all([...workloads.values()].map((w) => w.stop()));
      await gateway.close();
      signer.disconnect();
    },
  };
}
