// A provider's status and capacity as leases come and go, and resource reclamation (AEP-82) end
// to end: SDL window → order → bid window → lease → the admin endpoint makes the provider start
// reclaiming → `reclaiming` with its deadline → the provider closes the lease after the window.
// Clients: cosmjs (tenant txs), HTTPS (the provider's /status), chain-sdk's provider SDK over
// gRPC (v1 status), fetch (REST JSON and the admin endpoint).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createProviderSDK } from "@akashnetwork/chain-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningLocalnet, startLocalnet } from "../index.ts";
import { request } from "./testing/providerClient.ts";
import { cpuSdl } from "./testing/sdl.ts";
import { type Bid, type Tenant, createTenant, eventually } from "./testing/tenant.ts";

const WINDOW_SEC = 4;
let net: RunningLocalnet;
let tenant: Tenant;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "localnet-reclaim-"));
  net = await startLocalnet({
    dataDir: dir,
    blockTimeMs: 200,
    rpcPort: 0,
    restPort: 0,
    adminPort: 0,
    providers: 1,
    providerBasePort: 0,
    reset: true,
    // mainnet's bounds are 1 h .. 720 h; a test cannot wait an hour
    market: { minReclamationWindowSec: 2, maxReclamationWindowSec: 3600 },
    providerReclamationWindowSec: WINDOW_SEC,
  });
  const account = net.info.accounts.find((a) => a.name === "tenant");
  if (!account) throw new Error("no tenant account");
  tenant = await createTenant({ mnemonic: account.mnemonic, rpc: net.info.rpc, rest: net.info.rest });
}, 60_000);

afterAll(async () => {
  tenant?.disconnect();
  await net?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const p1 = () => net.info.providers[0] as (typeof net.info.providers)[number];

interface Metric {
  cpu: number;
  gpu: number;
  memory: number;
  storage_ephemeral: number;
}
interface LegacyStatus {
  cluster: {
    leases: number;
    inventory: {
      active?: Metric[];
      pending?: Metric[];
      available: { nodes: { name: string; allocatable: Metric; available: Metric }[]; storage: unknown[] };
    };
  };
  bidengine: { orders: number };
  manifest: { deployments: number };
  cluster_public_hostname: string;
  reclamation_window?: number;
  address: string;
}
const status = async () => JSON.parse((await request(`${p1().hostUri}/status`)).body) as LegacyStatus;
const leaseJson = async (dseq: number) =>
  (await tenant.rest(
    `/akash/market/v1beta5/leases/list?filters.owner=${tenant.address}&filters.dseq=${dseq}`,
  )) as {
    leases: {
      lease: Record<string, unknown> & { state: string; reason: string };
      escrow_payment: { state: { state: string } };
    }[];
  };
const firstBid = (dseq: number) =>
  eventually(
    "a bid",
    () => tenant.bids(dseq),
    (b) => b.length > 0,
  ).then((b) => b[0] as Bid);
const ONE_CPU_UNIT: Metric = { cpu: 500, gpu: 0, memory: 536_870_912, storage_ephemeral: 1_073_741_824 };

describe("provider status", () => {
  it("reports inventory, pending bids and active leases, and frees capacity when a lease closes", async () => {
    const before = await status();
    expect(before).toMatchObject({
      cluster: { leases: 0 },
      bidengine: { orders: 0 },
      manifest: { deployments: 0 },
      cluster_public_hostname: "127.0.0.1",
      reclamation_window: WINDOW_SEC * 1e9,
      address: p1().address,
    });
    expect(before.cluster.inventory.active).toBeUndefined();
    const node = before.cluster.inventory.available.nodes[0];
    expect(node?.allocatable).toEqual({
      cpu: 128_000,
      gpu: 8,
      memory: 1024 ** 4,
      storage_ephemeral: 4 * 1024 ** 4,
    });
    expect(node?.available).toEqual(node?.allocatable);
    expect(before.cluster.inventory.available.storage).toEqual([{ class: "beta3", size: 16 * 1024 ** 4 }]);

    const d = await tenant.createDeployment(cpuSdl(), 5001);
    const bid = await firstBid(d.dseq);
    const pending = await status();
    expect(pending.cluster.inventory.pending).toEqual([ONE_CPU_UNIT]);
    expect(pending.bidengine.orders).toBe(1);
    expect(pending.cluster.inventory.available.nodes[0]?.available.cpu).toBe(128_000);

    await tenant.createLease(d.dseq, bid);
    const leased = await eventually("the lease in status", status, (s) => s.cluster.leases === 1);
    expect(leased.cluster.inventory.active).toEqual([ONE_CPU_UNIT]);
    expect(leased.cluster.inventory.pending).toBeUndefined();
    expect(leased.cluster.inventory.available.nodes[0]?.available).toMatchObject({ cpu: 127_500, gpu: 8 });

    const grpc = createProviderSDK({ baseUrl: p1().grpcUri });
    const v1 = await grpc.akash.provider.v1.getStatus({});
    expect(v1.cluster?.leases?.active).toBe(1);
    const inv = v1.cluster?.inventory;
    expect(inv?.reservations?.active).toMatchObject({ count: 1, resources: { cpu: { string: "500m" } } });
    const gpu = inv?.cluster?.nodes[0]?.resources?.gpu;
    expect(gpu?.quantity).toMatchObject({ allocatable: { string: "8" }, allocated: { string: "0" } });
    expect(gpu?.info).toHaveLength(8);
    expect(gpu?.info[0]).toMatchObject({
      vendor: "nvidia",
      name: "h100",
      interface: "sxm",
      memorySize: "80Gi",
    });
    expect(inv?.cluster?.nodes[0]?.resources?.cpu?.quantity?.allocated).toEqual({ string: "500m" });
    expect(v1.publicHostnames).toEqual(["127.0.0.1"]);

    await tenant.closeLease(d.dseq, bid);
    const freed = await eventually("capacity back", status, (s) => s.cluster.leases === 0);
    expect(freed.cluster.inventory.active).toBeUndefined();
    expect(freed.cluster.inventory.available.nodes[0]?.available.cpu).toBe(128_000);
    await tenant.closeDeployment(d.dseq);
  }, 60_000);
});

describe("reclamation", () => {
  const reclaim = (body: unknown) =>
    fetch(`${net.info.admin}/providers/${p1().name}/reclaim`, { method: "POST", body: JSON.stringify(body) });

  // cosmjs simulates before signing, so the chain's refusal arrives as "Query failed with (code)".
  it("refuses an SDL window outside the market's bounds", async () => {
    await expect(tenant.createDeployment(cpuSdl(), 5101, "5000000", 1)).rejects.toThrow(
      /\(26\): min_window below governance minimum: invalid reclamation configuration/,
    );
    await expect(tenant.createDeployment(cpuSdl(), 5102, "5000000", 7200)).rejects.toThrow(
      /\(26\): min_window above governance maximum/,
    );
  });

  it("runs a lease into reclaiming and closes it after the window", async () => {
    const d = await tenant.createDeployment(cpuSdl(), 5002, "5000000", 3);
    const orders = (await tenant.rest(
      `/akash/market/v1beta5/orders/list?filters.owner=${tenant.address}&filters.dseq=${d.dseq}`,
    )) as { orders: { reclamation: unknown }[] };
    expect(orders.orders[0]?.reclamation).toEqual({ min_window: "3s" });
    const bid = await firstBid(d.dseq);
    const rawBids = (await tenant.rest(
      `/akash/market/v1beta5/bids/list?filters.owner=${tenant.address}&filters.dseq=${d.dseq}`,
    )) as { bids: { bid: { reclamation_window: unknown } }[] };
    expect(rawBids.bids[0]?.bid.reclamation_window).toBe(`${WINDOW_SEC}s`);
    await tenant.createLease(d.dseq, bid);
    const active = await leaseJson(d.dseq);
    expect(active.leases[0]?.lease).toMatchObject({
      state: "active",
      reclamation: { window: "4s", started_at: "0", deadline: "0", reason: "lease_closed_invalid" },
    });

    const lease = { owner: tenant.address, dseq: String(d.dseq), gseq: 1, oseq: 1 };
    const res = await reclaim({ ...lease, reason: "lease_closed_reason_decommission" });
    expect(res.status).toBe(200);
    const { height } = (await res.json()) as { height: number };
    const block = (await tenant.rest(`/cosmos/base/tendermint/v1beta1/blocks/${height}`)) as {
      block: { header: { time: string } };
    };
    const deadline = Math.floor(Date.parse(block.block.header.time) / 1000) + WINDOW_SEC;
    const reclaiming = await leaseJson(d.dseq);
    expect(reclaiming.leases[0]?.lease).toMatchObject({
      state: "reclaiming",
      closed_on: "0",
      reason: "lease_closed_invalid",
      reclamation: {
        window: "4s",
        started_at: String(height),
        deadline: String(deadline),
        reason: "lease_closed_reason_decommission",
      },
    });
    // still running and still paid until the provider closes it
    expect(reclaiming.leases[0]?.escrow_payment.state.state).toBe("open");
    const filtered = (await tenant.rest(
      `/akash/market/v1beta5/leases/list?filters.owner=${tenant.address}&filters.state=reclaiming`,
    )) as { leases: unknown[] };
    expect(filtered.leases).toHaveLength(1);
    const again = await reclaim(lease);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: string }).error).toMatch(/\(10\): lease not active/);

    const closed = await eventually(
      "the provider to close the lease after the window",
      () => leaseJson(d.dseq),
      (l) => l.leases[0]?.lease.state === "closed",
      20_000,
    );
    expect(closed.leases[0]?.lease.reason).toBe("lease_closed_reason_decommission");
    expect(Number(closed.leases[0]?.lease.closed_on)).toBeGreaterThan(height);
    const closedAt = (await tenant.rest(
      `/cosmos/base/tendermint/v1beta1/blocks/${closed.leases[0]?.lease.closed_on}`,
    )) as {
      block: { header: { time: string } };
    };
    expect(Date.parse(closedAt.block.header.time) / 1000).toBeGreaterThanOrEqual(deadline);
    // The group pauses (no new order); the deployment and its escrow stay for the tenant to decide.
    const info = (await tenant.rest(
      `/akash/deployment/v1beta4/deployments/info?id.owner=${tenant.address}&id.dseq=${d.dseq}`,
    )) as {
      deployment: { state: string; reclamation: unknown };
      groups: { state: string }[];
      escrow_account: { state: { state: string } };
    };
    expect(info.deployment).toMatchObject({ state: "active", reclamation: { min_window: "3s" } });
    expect(info.groups[0]?.state).toBe("paused");
    expect(info.escrow_account.state.state).toBe("open");
    const open = (await tenant.rest(
      `/akash/market/v1beta5/orders/list?filters.owner=${tenant.address}&filters.dseq=${d.dseq}&filters.state=open`,
    )) as { orders: unknown[] };
    expect(open.orders).toEqual([]);
  }, 60_000);

  it("refuses to reclaim a lease that does not exist", async () => {
    const res = await reclaim({ owner: tenant.address, dseq: "999999", gseq: 1, oseq: 1 });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: string }).error).toMatch(/unknown lease/);
  });
});
