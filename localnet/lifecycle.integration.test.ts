// The whole life of a deployment driven only by unmodified clients over real HTTP: cosmjs signs
// and broadcasts, chain-sdk's web SDK reads the REST gateway.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certificateManager } from "@akashnetwork/chain-sdk/web";
import { Source, Scope } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import Long from "long";
import { connectSigner, webSdk, type Signer } from "./test-support/clients.ts";
import { bidId, bidMsg, deploymentMsg, leaseMsg, type BidRef } from "./test-support/fixtures.ts";
import { startTestNet, waitFor, type TestNet } from "./test-support/harness.ts";

let t: TestNet;
let tenant: Signer;
let provider: Signer;
let auditor: Signer;

function ok(r: DeliverTxResponse): DeliverTxResponse {
  expect(r.code, r.rawLog).toBe(0);
  return r;
}

async function uact(s: Signer): Promise<bigint> {
  return BigInt((await s.client.getBalance(s.address, "uact")).amount);
}

beforeAll(async () => {
  t = await startTestNet();
  tenant = await connectSigner(t.net.info.rpc, t.mnemonic("tenant"));
  provider = await connectSigner(t.net.info.rpc, t.mnemonic("tenant-2"));
  auditor = await connectSigner(t.net.info.rpc, t.mnemonic("auditor"));
});

afterAll(async () => {
  for (const s of [tenant, provider, auditor]) s?.client.disconnect();
  await t?.close();
});

describe("deployment lifecycle", () => {
  it("mnemonics in localnet.json derive the listed addresses and accounts exist without pubkeys", async () => {
    expect(tenant.address).toBe(t.address("tenant"));
    const acc = await tenant.client.getAccount(tenant.address);
    expect(acc?.pubkey).toBeNull();
    expect(await tenant.client.getChainId()).toBe("akash-localnet-1");
  });

  it("registers a provider, audits it and publishes a certificate", async () => {
    const hostUri = "https://127.0.0.1:8443";
    ok(
      await provider.client.signAndBroadcast(
        provider.address,
        [
          {
            typeUrl: "/akash.provider.v1beta4.MsgCreateProvider",
            value: {
              owner: provider.address,
              hostUri,
              attributes: [{ key: "region", value: "local" }],
              info: { email: "ops@example.com", website: "" },
            },
          },
        ],
        "auto",
      ),
    );
    ok(
      await auditor.client.signAndBroadcast(
        auditor.address,
        [
          {
            typeUrl: "/akash.audit.v1.MsgSignProviderAttributes",
            value: {
              owner: provider.address,
              auditor: auditor.address,
              attributes: [{ key: "region", value: "local" }],
            },
          },
        ],
        "auto",
      ),
    );
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
        "auto",
      ),
    );
    const sdk = webSdk(t.net.info.rest);
    const p = await sdk.akash.provider.v1beta4.getProvider({ owner: provider.address });
    expect(p.provider?.hostUri).toBe(hostUri);
    const audited = await sdk.akash.audit.v1.getProviderAttributes({ owner: provider.address });
    expect(audited.providers[0]?.auditor).toBe(auditor.address);
    const certs = await sdk.akash.cert.v1.getCertificates({
      filter: { owner: tenant.address, state: "valid" },
    });
    expect(certs.certificates).toHaveLength(1);
    expect(new TextDecoder().decode(certs.certificates[0]?.certificate?.cert)).toBe(pem.cert);
    const acc = await tenant.client.getAccount(tenant.address);
    expect(acc?.pubkey).not.toBeNull();
  });

  it("creates a deployment, takes a bid, settles escrow lazily, accepts deposits and refunds on close", async () => {
    const sdk = webSdk(t.net.info.rest);
    const dseq = await tenant.client.getHeight();
    const create = deploymentMsg(tenant.address, dseq);
    const simulated = await tenant.client.simulate(tenant.address, [create], "");
    const created = ok(
      await tenant.client.signAndBroadcast(tenant.address, [create], {
        amount: [{ denom: "uakt", amount: "20000" }],
        gas: String(Math.ceil(simulated * 1.5)),
      }),
    );
    expect(Number(created.gasUsed)).toBe(simulated);
    expect(created.events.some((e) => e.type === "akash.deployment.v1.EventDeploymentCreated")).toBe(true);

    const orders = await sdk.akash.market.v1beta5.getOrders({
      filters: { owner: tenant.address, dseq: Long.fromNumber(dseq) },
    });
    expect(orders.orders.map((o) => [o.id?.oseq, o.state])).toEqual([[1, 1]]);

    const ref: BidRef = {
      owner: tenant.address,
      dseq,
      gseq: 1,
      oseq: 1,
      provider: provider.address,
      bseq: 0,
    };
    ok(await provider.client.signAndBroadcast(provider.address, [bidMsg(ref, "600")], "auto"));
    const bids = await sdk.akash.market.v1beta5.getBids({
      filters: { owner: tenant.address, dseq: Long.fromNumber(dseq) },
    });
    expect(Number(bids.bids[0]?.bid?.price?.amount)).toBe(600);
    const raw = (await (
      await fetch(`${t.net.info.rest}/akash/market/v1beta5/bids/list?filters.owner=${tenant.address}`)
    ).json()) as { bids: Array<{ bid: { price: { amount: string }; state: string } }> };
    expect(raw.bids[0]?.bid).toMatchObject({ price: { amount: "600.000000000000000000" }, state: "open" });
    expect(bids.bids[0]?.escrowAccount?.state?.funds[0]?.denom).toBe("uact");

    const lease = ok(await tenant.client.signAndBroadcast(tenant.address, [leaseMsg(ref)], "auto"));
    const leaseHeight = lease.height;
    const leases = await sdk.akash.market.v1beta5.getLeases({
      filters: { owner: tenant.address, dseq: Long.fromNumber(dseq), state: "active" },
    });
    expect(leases.leases).toHaveLength(1);

    const before = await sdk.akash.deployment.v1beta4.getDeployment({
      id: { owner: tenant.address, dseq: Long.fromNumber(dseq) },
    });
    await waitFor(async () => (await tenant.client.getHeight()) >= leaseHeight + 5);
    const after = await sdk.akash.deployment.v1beta4.getDeployment({
      id: { owner: tenant.address, dseq: Long.fromNumber(dseq) },
    });
    const funds = (d: typeof before) => Number(d.escrowAccount?.state?.funds[0]?.amount);
    const settledAt = (d: typeof before) => Number(d.escrowAccount?.state?.settledAt.toString());
    // Settlement is lazy: five blocks later nothing has touched the account, so it is unchanged.
    expect(settledAt(before)).toBe(leaseHeight);
    expect(funds(after)).toBe(funds(before));
    expect(settledAt(after)).toBe(leaseHeight);

    ok(
      await tenant.client.signAndBroadcast(
        tenant.address,
        [
          {
            typeUrl: "/akash.escrow.v1.MsgAccountDeposit",
            value: {
              signer: tenant.address,
              id: { scope: Scope.deployment, xid: `${tenant.address}/${dseq}` },
              deposit: { amount: { denom: "uact", amount: "1000000" }, sources: [Source.balance] },
            },
          },
        ],
        "auto",
      ),
    );
    const deposited = await sdk.akash.deployment.v1beta4.getDeployment({
      id: { owner: tenant.address, dseq: Long.fromNumber(dseq) },
    });
    expect(deposited.escrowAccount?.state?.deposits.length).toBe(2);

    const provBefore = await uact(provider);
    const withdrawn = ok(
      await provider.client.signAndBroadcast(
        provider.address,
        [{ typeUrl: "/akash.market.v1beta5.MsgWithdrawLease", value: { id: bidId(ref) } }],
        "auto",
      ),
    );
    // The withdrawal settles: every block since the lease cost exactly its price (600 uact).
    const settled = await sdk.akash.deployment.v1beta4.getDeployment({
      id: { owner: tenant.address, dseq: Long.fromNumber(dseq) },
    });
    const owed = 600 * (withdrawn.height - leaseHeight);
    expect(settledAt(settled)).toBe(withdrawn.height);
    expect(funds(settled)).toBe(funds(before) + 1_000_000 - owed);
    expect(await uact(provider)).toBe(provBefore + BigInt(owed));

    ok(
      await tenant.client.signAndBroadcast(
        tenant.address,
        [{ typeUrl: "/akash.market.v1beta5.MsgCloseLease", value: { id: bidId(ref), reason: 1 } }],
        "auto",
      ),
    );
    const closedLease = await sdk.akash.market.v1beta5.getLease({ id: bidId(ref) });
    expect(closedLease.lease?.state).toBe(3);
    const reopened = await sdk.akash.market.v1beta5.getOrders({
      filters: { owner: tenant.address, dseq: Long.fromNumber(dseq), state: "open" },
    });
    expect(reopened.orders.map((o) => o.id?.oseq)).toEqual([2]);

    const tenantBefore = await uact(tenant);
    const remaining = await sdk.akash.deployment.v1beta4.getDeployment({
      id: { owner: tenant.address, dseq: Long.fromNumber(dseq) },
    });
    const left = BigInt(Math.floor(Number(remaining.escrowAccount?.state?.funds[0]?.amount)));
    ok(
      await tenant.client.signAndBroadcast(
        tenant.address,
        [
          {
            typeUrl: "/akash.deployment.v1beta4.MsgCloseDeployment",
            value: { id: { owner: tenant.address, dseq: Long.fromNumber(dseq) } },
          },
        ],
        "auto",
      ),
    );
    const closed = await sdk.akash.deployment.v1beta4.getDeployment({
      id: { owner: tenant.address, dseq: Long.fromNumber(dseq) },
    });
    expect(closed.deployment?.state).toBe(2);
    expect(closed.escrowAccount?.state?.state).toBe(2);
    expect(closed.groups.every((g) => g.state === 4)).toBe(true);
    // no lease was open after the lease closed, so the whole remainder comes back
    expect(await uact(tenant)).toBe(tenantBefore + left);
  });
});
