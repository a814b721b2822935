// The SDL's reclamation window (AEP-82) from the console to the chain and back: the console's
// checker reads `reclamation.min_window` from the SDL text, its registry signs MsgCreateDeployment
// with field 5 (direct, and amino as a Ledger does), the node stores it (deployments/info, the
// order), a provider whose window is shorter cannot bid, one whose window meets it bids and its
// lease takes that window, reclaiming uses it, and the provider closes the lease once it has
// passed; the escrow then holds the deposit less exactly what the lease was charged.
// Clients: cosmjs (signing), chain-sdk (SDL engine), fetch (REST and the admin endpoint).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import { AminoTypes, GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSdl } from "../src/features/sdl/checker/check-sdl.ts";
import { createDeployment } from "../src/features/transactions/messages/deployment.ts";
import { createAkashAminoConverters } from "../src/features/transactions/signing/amino-converters.ts";
import { createAkashRegistry } from "../src/features/transactions/signing/registry.ts";
import { type RunningLocalnet, startLocalnet } from "./index.ts";
import { cpuSdl } from "./providers/testing/sdl.ts";
import { type Tenant, createTenant, eventually } from "./providers/testing/tenant.ts";

const SDL_WINDOW_SEC = 4;
let net: RunningLocalnet;
let tenant: Tenant;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "localnet-reclaim-console-"));
  net = await startLocalnet({
    dataDir: dir,
    blockTimeMs: 200,
    rpcPort: 0,
    restPort: 0,
    adminPort: 0,
    relayPort: 0,
    providers: 1,
    providerBasePort: 0,
    reset: true,
    market: { minReclamationWindowSec: 2, maxReclamationWindowSec: 3600 },
    // shorter than the SDL asks: this provider cannot bid until it offers more
    providerReclamationWindowSec: 2,
  });
  tenant = await createTenant({ mnemonic: mnemonic(), rpc: net.info.rpc, rest: net.info.rest });
}, 60_000);

afterAll(async () => {
  tenant?.disconnect();
  await net?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function mnemonic(): string {
  const a = net.info.accounts.find((x) => x.name === "tenant");
  if (!a) throw new Error("no tenant account");
  return a.mnemonic;
}

/** The console's signing client: its registry, and its amino converters for a Ledger-style wallet. */
async function consoleClient(mode: "direct" | "amino") {
  const signer: OfflineSigner =
    mode === "direct"
      ? await DirectSecp256k1HdWallet.fromMnemonic(mnemonic(), { prefix: "akash" })
      : await Secp256k1HdWallet.fromMnemonic(mnemonic(), { prefix: "akash" });
  return SigningStargateClient.connectWithSigner(net.info.rpc, signer, {
    registry: createAkashRegistry(),
    aminoTypes: new AminoTypes(createAkashAminoConverters()),
    gasPrice: GasPrice.fromString("0.025uakt"),
    broadcastPollIntervalMs: 100,
  });
}

/** What the console's create step signs for this SDL text. */
async function consoleCreate(text: string, dseq: number, mode: "direct" | "amino" = "direct") {
  const checked = checkSdl(text, {
    engine: chainSdk,
    network: { name: "Local", kind: "local", deploymentDenom: "uact" },
    gpuOffers: null,
  });
  expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const groups = checked.manifest?.groups ?? [];
  const msg = createDeployment({
    owner: tenant.address,
    dseq: String(dseq),
    groups: checked.manifest?.groupSpecs ?? [],
    hash: await chainSdk.generateManifestVersion(groups),
    deposit: { denom: "uact", amount: "5000000" },
    overview: [],
    reclamationSec: checked.reclamation?.minWindowSec ?? null,
  });
  const client = await consoleClient(mode);
  try {
    return await client.signAndBroadcast(tenant.address, [{ typeUrl: msg.typeUrl, value: msg.value }], 1.5);
  } finally {
    client.disconnect();
  }
}

const sdlWith = (window: string) => `${cpuSdl().trimEnd()}\nreclamation:\n  min_window: ${window}\n`;
const admin = (p: string, body: unknown) =>
  fetch(`${net.info.admin}${p}`, { method: "POST", body: JSON.stringify(body) });
const provider = () => net.info.providers[0] as (typeof net.info.providers)[number];

interface LeaseEntry {
  lease: {
    state: string;
    reason: string;
    created_at: string;
    closed_on: string;
    price: { amount: string };
    reclamation?: { window: string; started_at: string; deadline: string };
  };
}
const leases = async (dseq: number) =>
  (
    (await tenant.rest(
      `/akash/market/v1beta5/leases/list?filters.owner=${tenant.address}&filters.dseq=${dseq}`,
    )) as {
      leases: LeaseEntry[];
    }
  ).leases;
const info = async (dseq: number) =>
  (await tenant.rest(
    `/akash/deployment/v1beta4/deployments/info?id.owner=${tenant.address}&id.dseq=${dseq}`,
  )) as {
    deployment: { state: string; reclamation?: { min_window: string } };
    groups: { state: string }[];
    escrow_account: {
      state: {
        state: string;
        funds: { amount: string }[];
        transferred: { amount: string }[];
        settled_at: string;
      };
    };
  };

describe("an SDL's reclamation window, signed by the console", () => {
  it("is stored on the deployment and the order, and sets which providers may bid", async () => {
    const created = await consoleCreate(sdlWith(`${SDL_WINDOW_SEC}s`), 7001);
    expect(created.code, created.rawLog).toBe(0);
    expect((await info(7001)).deployment.reclamation).toEqual({ min_window: "4s" });
    const orders = (await tenant.rest(
      `/akash/market/v1beta5/orders/list?filters.owner=${tenant.address}&filters.dseq=7001`,
    )) as { orders: { reclamation: unknown }[] };
    expect(orders.orders[0]?.reclamation).toEqual({ min_window: "4s" });

    // The provider offers 2 s: the chain would refuse its bid, so it does not bid.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await tenant.bids(7001)).toEqual([]);
    // Its operator raises the window to what the SDL asks (a provider-services restart).
    const set = await admin(`/providers/${provider().name}/reclamation-window`, { seconds: SDL_WINDOW_SEC });
    expect(set.status).toBe(200);
    const [bid] = await eventually(
      "a bid",
      () => tenant.bids(7001),
      (b) => b.length > 0,
    );
    const raw = (await tenant.rest(
      `/akash/market/v1beta5/bids/list?filters.owner=${tenant.address}&filters.dseq=7001`,
    )) as { bids: { bid: { reclamation_window: string } }[] };
    expect(raw.bids[0]?.bid.reclamation_window).toBe("4s");

    await tenant.createLease(7001, bid!);
    const [active] = await leases(7001);
    expect(active?.lease.reclamation).toMatchObject({ window: "4s", started_at: "0", deadline: "0" });

    const lease = {
      owner: tenant.address,
      dseq: "7001",
      gseq: 1,
      oseq: 1,
      reason: "lease_closed_reason_decommission",
    };
    const started = await admin(`/providers/${provider().name}/reclaim`, lease);
    expect(started.status).toBe(200);
    const { height } = (await started.json()) as { height: number };
    const block = (await tenant.rest(`/cosmos/base/tendermint/v1beta1/blocks/${height}`)) as {
      block: { header: { time: string } };
    };
    const deadline = Math.floor(Date.parse(block.block.header.time) / 1000) + SDL_WINDOW_SEC;
    const [reclaiming] = await leases(7001);
    expect(reclaiming?.lease).toMatchObject({
      state: "reclaiming",
      reclamation: { window: "4s", started_at: String(height), deadline: String(deadline) },
    });

    const [closed] = await eventually(
      "the provider to close the lease once the window has passed",
      () => leases(7001),
      (l) => l[0]?.lease.state === "closed",
      20_000,
    );
    const closedOn = Number(closed?.lease.closed_on);
    const closedAt = (await tenant.rest(`/cosmos/base/tendermint/v1beta1/blocks/${closedOn}`)) as {
      block: { header: { time: string } };
    };
    expect(Date.parse(closedAt.block.header.time) / 1000).toBeGreaterThanOrEqual(deadline);
    expect(closed?.lease.reason).toBe("lease_closed_reason_decommission");

    // The escrow holds the deposit less what the lease was charged: its price for every block
    // from its creation to its close, and nothing after.
    const after = await info(7001);
    expect(after.deployment.state).toBe("active");
    expect(after.groups[0]?.state).toBe("paused");
    const charged =
      BigInt(closed!.lease.price.amount.split(".")[0]!) * BigInt(closedOn - Number(closed!.lease.created_at));
    const funds = BigInt(after.escrow_account.state.funds[0]?.amount.split(".")[0] ?? "0");
    expect(funds).toBe(5_000_000n - charged);
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await info(7001)).escrow_account.state.funds).toEqual(after.escrow_account.state.funds);
    await tenant.closeDeployment(7001);
  }, 60_000);

  it("signs it in amino JSON too (a Ledger), and the chain checks the signature over it", async () => {
    const created = await consoleCreate(sdlWith("1h"), 7002, "amino");
    expect(created.code, created.rawLog).toBe(0);
    expect((await info(7002)).deployment.reclamation).toEqual({ min_window: "3600s" });
    await tenant.closeDeployment(7002);
  }, 30_000);

  it("is refused by the chain outside the market's bounds (code 26)", async () => {
    await expect(consoleCreate(sdlWith("1s"), 7003)).rejects.toThrow(
      /\(26\): min_window below governance minimum/,
    );
    await expect(consoleCreate(sdlWith("2h"), 7004)).rejects.toThrow(
      /\(26\): min_window above governance maximum/,
    );
  }, 30_000);
});
