// Module rules beyond the happy path, through unmodified clients: losing bids, an escrow account
// running dry, group pause/start/close, grant-funded deposits, certificate revocation, BME mints
// and a Ledger-style amino-signed send.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certificateManager } from "@akashnetwork/chain-sdk/web";
import { Source } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { MsgCreateDeployment } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { GasPrice, SigningStargateClient, type DeliverTxResponse, type StdFee } from "@cosmjs/stargate";
import Long from "long";
import { grantMsg } from "./test-support/deposit-grant.ts";
import { connectSigner, webSdk, type Signer } from "./test-support/clients.ts";
import { bidId, bidMsg, deploymentMsg, leaseMsg, type BidRef } from "./test-support/fixtures.ts";
import { startTestNet, waitFor, type TestNet } from "./test-support/harness.ts";

let t: TestNet;
let tenant: Signer;
let prov: Signer;
let prov2: Signer;
const fee: StdFee = { amount: [{ denom: "uakt", amount: "10000" }], gas: "600000" };
const ok = (r: DeliverTxResponse) => expect(r.code, r.rawLog).toBe(0);
const dep = (dseq: number) => ({ owner: tenant.address, dseq: Long.fromNumber(dseq) });

async function registerProvider(s: Signer, port: number) {
  ok(
    await s.client.signAndBroadcast(
      s.address,
      [
        {
          typeUrl: "/akash.provider.v1beta4.MsgCreateProvider",
          value: {
            owner: s.address,
            hostUri: `https://127.0.0.1:${port}`,
            attributes: [],
            info: { email: "", website: "" },
          },
        },
      ],
      fee,
    ),
  );
}

beforeAll(async () => {
  t = await startTestNet();
  tenant = await connectSigner(t.net.info.rpc, t.mnemonic("tenant"));
  prov = await connectSigner(t.net.info.rpc, t.mnemonic("tenant-2"));
  prov2 = await connectSigner(t.net.info.rpc, t.mnemonic("auditor"));
  await registerProvider(prov, 8443);
  await registerProvider(prov2, 8444);
});

afterAll(async () => {
  for (const s of [tenant, prov, prov2]) s?.client.disconnect();
  await t?.close();
});

describe("market", () => {
  it("marks the other bids lost when one is accepted and refunds their deposits", async () => {
    const dseq = 100;
    ok(await tenant.client.signAndBroadcast(tenant.address, [deploymentMsg(tenant.address, dseq)], fee));
    const a: BidRef = { owner: tenant.address, dseq, gseq: 1, oseq: 1, provider: prov.address, bseq: 0 };
    const b: BidRef = { ...a, provider: prov2.address };
    ok(await prov.client.signAndBroadcast(prov.address, [bidMsg(a, "500")], fee));
    ok(await prov2.client.signAndBroadcast(prov2.address, [bidMsg(b, "400")], fee));
    const before = BigInt((await prov2.client.getBalance(prov2.address, "uact")).amount);
    ok(await tenant.client.signAndBroadcast(tenant.address, [leaseMsg(a)], fee));
    const sdk = webSdk(t.net.info.rest);
    const lost = await sdk.akash.market.v1beta5.getBid({ id: bidId(b) });
    expect(lost.bid?.state).toBe(3);
    expect(lost.escrowAccount?.state?.state).toBe(2);
    expect(BigInt((await prov2.client.getBalance(prov2.address, "uact")).amount)).toBe(before + 500000n);
    const open = await sdk.akash.market.v1beta5.getBids({
      filters: { owner: tenant.address, dseq: Long.fromNumber(dseq), state: "active" },
    });
    expect(open.bids.map((x) => x.bid?.id?.provider)).toEqual([prov.address]);
  });

  it("closes the deployment and its lease at the first settlement after escrow runs dry", async () => {
    const dseq = 200;
    ok(
      await tenant.client.signAndBroadcast(
        tenant.address,
        [deploymentMsg(tenant.address, dseq, { price: "250000", deposit: "500000" })],
        fee,
      ),
    );
    const ref: BidRef = { owner: tenant.address, dseq, gseq: 1, oseq: 1, provider: prov.address, bseq: 0 };
    ok(await prov.client.signAndBroadcast(prov.address, [bidMsg(ref, "250000")], fee));
    const leased = await tenant.client.signAndBroadcast(tenant.address, [leaseMsg(ref)], fee);
    ok(leased);
    const sdk = webSdk(t.net.info.rest);
    // 500,000 uact at 250,000 per block lasts 2 blocks; nothing settles by itself (node v2 has no
    // escrow EndBlocker), so the deployment stays active until someone touches the account.
    await waitFor(async () => (await tenant.client.getHeight()) >= leased.height + 4);
    const stale = await sdk.akash.deployment.v1beta4.getDeployment({ id: dep(dseq) });
    expect(stale.deployment?.state).toBe(1);
    expect(Number(stale.escrowAccount?.state?.funds[0]?.amount)).toBe(500_000);
    const provBefore = BigInt((await prov.client.getBalance(prov.address, "uact")).amount);
    const withdraw = await prov.client.signAndBroadcast(
      prov.address,
      [{ typeUrl: "/akash.market.v1beta5.MsgWithdrawLease", value: { id: bidId(ref) } }],
      fee,
    );
    ok(withdraw);
    const closed = await sdk.akash.deployment.v1beta4.getDeployment({ id: dep(dseq) });
    expect(closed.deployment?.state).toBe(2);
    expect(closed.escrowAccount?.state?.state).toBe(3);
    expect(closed.groups[0]?.state).toBe(3);
    // owed 250,000 × Δheight; 500,000 paid; the rest is recorded as debt: funds go negative.
    const owed = 250_000 * (withdraw.height - leased.height);
    expect(Number(closed.escrowAccount?.state?.funds[0]?.amount)).toBe(500_000 - owed);
    expect(Number(closed.escrowAccount?.state?.transferred[0]?.amount)).toBe(500_000);
    const lease = await sdk.akash.market.v1beta5.getLease({ id: bidId(ref) });
    expect(lease.lease?.state).toBe(2);
    expect(lease.lease?.reason).toBe(20000);
    expect(lease.escrowPayment?.state?.state).toBe(3);
    expect(Number(lease.escrowPayment?.state?.unsettled?.amount)).toBe(owed - 500_000);
    // the provider is paid the 500,000 it could be paid and gets its 500,000 bid deposit back
    expect(BigInt((await prov.client.getBalance(prov.address, "uact")).amount)).toBe(provBefore + 1_000_000n);
  });
});

describe("deployment groups", () => {
  it("pauses, starts (opening a new order) and closes a group", async () => {
    const dseq = 300;
    ok(await tenant.client.signAndBroadcast(tenant.address, [deploymentMsg(tenant.address, dseq)], fee));
    const gid = { owner: tenant.address, dseq: Long.fromNumber(dseq), gseq: 1 };
    ok(
      await tenant.client.signAndBroadcast(
        tenant.address,
        [{ typeUrl: "/akash.deployment.v1beta4.MsgPauseGroup", value: { id: gid } }],
        fee,
      ),
    );
    const sdk = webSdk(t.net.info.rest);
    expect((await sdk.akash.deployment.v1beta4.getGroup({ id: gid })).group?.state).toBe(2);
    const paused = await tenant.client.signAndBroadcast(
      tenant.address,
      [{ typeUrl: "/akash.deployment.v1beta4.MsgPauseGroup", value: { id: gid } }],
      fee,
    );
    expect(paused.code).toBe(17);
    ok(
      await tenant.client.signAndBroadcast(
        tenant.address,
        [{ typeUrl: "/akash.deployment.v1beta4.MsgStartGroup", value: { id: gid } }],
        fee,
      ),
    );
    const orders = await sdk.akash.market.v1beta5.getOrders({
      filters: { owner: tenant.address, dseq: Long.fromNumber(dseq) },
    });
    expect(orders.orders.map((o) => [o.id?.oseq, o.state])).toEqual([
      [1, 3],
      [2, 1],
    ]);
    ok(
      await tenant.client.signAndBroadcast(
        tenant.address,
        [{ typeUrl: "/akash.deployment.v1beta4.MsgCloseGroup", value: { id: gid } }],
        fee,
      ),
    );
    expect((await sdk.akash.deployment.v1beta4.getGroup({ id: gid })).group?.state).toBe(4);
  });

  it("updates the hash of an active deployment and refuses an unchanged one", async () => {
    const dseq = 301;
    ok(await tenant.client.signAndBroadcast(tenant.address, [deploymentMsg(tenant.address, dseq)], fee));
    const update = (byte: number) => ({
      typeUrl: "/akash.deployment.v1beta4.MsgUpdateDeployment",
      value: { id: dep(dseq), hash: new Uint8Array(32).fill(byte) },
    });
    ok(await tenant.client.signAndBroadcast(tenant.address, [update(9)], fee));
    expect((await tenant.client.signAndBroadcast(tenant.address, [update(9)], fee)).code).toBe(2);
  });
});

describe("escrow grants", () => {
  it("funds a deployment from a DepositAuthorization and gives the remainder back to the grant", async () => {
    const dseq = 400;
    ok(
      await prov.client.signAndBroadcast(
        prov.address,
        [grantMsg(prov.address, tenant.address, [{ denom: "uact", amount: "3000000" }])],
        fee,
      ),
    );
    const msg = deploymentMsg(tenant.address, dseq, { deposit: "2000000" });
    msg.value = MsgCreateDeployment.fromPartial({
      ...msg.value,
      deposit: { amount: { denom: "uact", amount: "2000000" }, sources: [Source.grant, Source.balance] },
    });
    ok(await tenant.client.signAndBroadcast(tenant.address, [msg], fee));
    const sdk = webSdk(t.net.info.rest);
    const d = await sdk.akash.deployment.v1beta4.getDeployment({ id: dep(dseq) });
    expect(d.escrowAccount?.state?.deposits.map((x) => [x.owner, x.source])).toEqual([
      [prov.address, Source.grant],
    ]);
    const limit = async () => {
      const g = (await (
        await fetch(`${t.net.info.rest}/cosmos/authz/v1beta1/grants/grantee/${tenant.address}`)
      ).json()) as { grants: Array<{ authorization: { spend_limits: { amount: string }[] } }> };
      return g.grants[0]?.authorization.spend_limits[0]?.amount;
    };
    expect(await limit()).toBe("1000000");
    ok(
      await tenant.client.signAndBroadcast(
        tenant.address,
        [{ typeUrl: "/akash.deployment.v1beta4.MsgCloseDeployment", value: { id: dep(dseq) } }],
        fee,
      ),
    );
    expect(await limit()).toBe("3000000");
  });
});

describe("cert and bme", () => {
  it("revokes a certificate once", async () => {
    const pem = await certificateManager.generatePEM(tenant.address);
    const enc = new TextEncoder();
    ok(
      await tenant.client.signAndBroadcast(
        tenant.address,
        [
          {
            typeUrl: "/akash.cert.v1.MsgCreateCertificate",
            value: { owner: tenant.address, cert: enc.encode(pem.cert), pubkey: enc.encode(pem.publicKey) },
          },
        ],
        fee,
      ),
    );
    const sdk = webSdk(t.net.info.rest);
    const [c] = (await sdk.akash.cert.v1.getCertificates({ filter: { owner: tenant.address } })).certificates;
    const revoke = {
      typeUrl: "/akash.cert.v1.MsgRevokeCertificate",
      value: { id: { owner: tenant.address, serial: c?.serial ?? "" } },
    };
    ok(await tenant.client.signAndBroadcast(tenant.address, [revoke], fee));
    expect((await tenant.client.signAndBroadcast(tenant.address, [revoke], fee)).code).toBe(4);
    const foreign = await certificateManager.generatePEM(prov.address);
    const wrongCn = await tenant.client.signAndBroadcast(
      tenant.address,
      [
        {
          typeUrl: "/akash.cert.v1.MsgCreateCertificate",
          value: {
            owner: tenant.address,
            cert: enc.encode(foreign.cert),
            pubkey: enc.encode(foreign.publicKey),
          },
        },
      ],
      fee,
    );
    expect(wrongCn.code).toBe(6);
  });

  it("mints ACT from AKT at epoch end", async () => {
    const before = BigInt((await tenant.client.getBalance(tenant.address, "uact")).amount);
    ok(
      await tenant.client.signAndBroadcast(
        tenant.address,
        [
          {
            typeUrl: "/akash.bme.v1.MsgMintACT",
            value: {
              owner: tenant.address,
              to: tenant.address,
              coinsToBurn: { denom: "uakt", amount: "1000000" },
            },
          },
        ],
        fee,
      ),
    );
    // 1 AKT at the default price 1.25 USD less the 25 bps spread
    await waitFor(
      async () =>
        BigInt((await tenant.client.getBalance(tenant.address, "uact")).amount) === before + 1246875n,
      5000,
    );
    const ledger = await webSdk(t.net.info.rest).akash.bme.v1.getLedgerRecords({
      filters: { source: tenant.address },
    });
    expect(ledger.records.map((r) => r.status)).toEqual([2]);
  });
});

describe("sign modes", () => {
  it("accepts SIGN_MODE_LEGACY_AMINO_JSON for a bank send", async () => {
    const wallet = await Secp256k1HdWallet.fromMnemonic(t.mnemonic("tenant-2"), { prefix: "akash" });
    const client = await SigningStargateClient.connectWithSigner(t.net.info.rpc, wallet, {
      gasPrice: GasPrice.fromString("0.025uakt"),
      broadcastPollIntervalMs: 100,
    });
    const r = await client.sendTokens(
      prov.address,
      tenant.address,
      [{ denom: "uakt", amount: "7" }],
      "auto",
      "ledger-style",
    );
    client.disconnect();
    ok(r);
  });
});

describe("rest gateway", () => {
  it("pages deployments by key and offset, counts, reverses and filters by state", async () => {
    const owner = tenant.address;
    const base = `${t.net.info.rest}/akash/deployment/v1beta4/deployments/list?filters.owner=${owner}`;
    const get = async (q: string) =>
      (await (await fetch(`${base}${q}`)).json()) as {
        deployments: Array<{ deployment: { id: { dseq: string }; state: string } }>;
        pagination: { next_key: string | null; total: string };
      };
    const all = (await get("")).deployments.map((d) => d.deployment.id.dseq);
    expect(all.length).toBeGreaterThanOrEqual(5);
    const first = await get("&pagination.limit=2&pagination.count_total=true");
    expect(first.deployments.map((d) => d.deployment.id.dseq)).toEqual(all.slice(0, 2));
    expect(first.pagination.total).toBe(String(all.length));
    const second = await get(
      `&pagination.limit=2&pagination.key=${encodeURIComponent(first.pagination.next_key ?? "")}`,
    );
    expect(second.deployments.map((d) => d.deployment.id.dseq)).toEqual(all.slice(2, 4));
    const offset = await get("&pagination.offset=1&pagination.limit=1");
    expect(offset.deployments.map((d) => d.deployment.id.dseq)).toEqual(all.slice(1, 2));
    const reversed = await get("&pagination.reverse=true&pagination.limit=1");
    expect(reversed.deployments.map((d) => d.deployment.id.dseq)).toEqual(all.slice(-1));
    const closed = await get("&filters.state=closed");
    expect(closed.deployments.every((d) => d.deployment.state === "closed")).toBe(true);
    expect(closed.deployments.length).toBeGreaterThan(0);
    const bad = await fetch(`${base}&filters.state=bogus`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 3, details: [] });
  });
});
