// Every rejection a client can meet comes back with the chain's codespace and code, through
// unmodified cosmjs over real HTTP.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Scope, Source } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { MsgAccountDeposit } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { BroadcastTxError, type DeliverTxResponse, type StdFee } from "@cosmjs/stargate";
import { connectComet, type CometClient } from "@cosmjs/tendermint-rpc";
import { fromHex } from "@cosmjs/encoding";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import Long from "long";
import { grantMsg } from "./test-support/deposit-grant.ts";
import { connectSigner, type Signer } from "./test-support/clients.ts";
import { bidMsg, deploymentMsg, type BidRef } from "./test-support/fixtures.ts";
import { startTestNet, waitFor, type TestNet } from "./test-support/harness.ts";

let t: TestNet;
let tenant: Signer;
let other: Signer;
const fee: StdFee = { amount: [{ denom: "uakt", amount: "10000" }], gas: "400000" };
const send = (from: string, to: string, amount: string, denom = "uakt") => ({
  typeUrl: "/cosmos.bank.v1beta1.MsgSend",
  value: { fromAddress: from, toAddress: to, amount: [{ denom, amount }] },
});

async function rejected(p: Promise<unknown>): Promise<{ code: number; codespace: string; log: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BroadcastTxError) return { code: e.code, codespace: e.codespace, log: e.log ?? "" };
    throw e;
  }
  throw new Error("expected the broadcast to be rejected");
}

let comet: CometClient;

/** DeliverTxResponse has no codespace, so it is read back from the tx result over RPC. */
async function failed(p: Promise<DeliverTxResponse>) {
  const r = await p;
  const tx = await comet.tx({ hash: fromHex(r.transactionHash) });
  return { code: r.code, codespace: tx.result.codespace ?? "", log: r.rawLog ?? "" };
}

beforeAll(async () => {
  t = await startTestNet();
  tenant = await connectSigner(t.net.info.rpc, t.mnemonic("tenant"));
  other = await connectSigner(t.net.info.rpc, t.mnemonic("tenant-2"));
  comet = await connectComet(t.net.info.rpc);
});

afterAll(async () => {
  comet?.disconnect();
  tenant?.client.disconnect();
  other?.client.disconnect();
  await t?.close();
});

describe("ante handler rejections", () => {
  it("rejects a tampered signature with sdk code 4", async () => {
    const signed = await tenant.client.sign(
      tenant.address,
      [send(tenant.address, other.address, "1")],
      fee,
      "",
    );
    const sig = signed.signatures[0] as Uint8Array;
    sig[10] = (sig[10] ?? 0) ^ 0xff;
    const r = await rejected(tenant.client.broadcastTx(TxRaw.encode(signed).finish()));
    expect(r).toMatchObject({ code: 4, codespace: "sdk" });
    expect(r.log).toContain("signature verification failed");
  });

  it("rejects a signature for another chain-id with sdk code 4", async () => {
    const acc = await tenant.client.getSequence(tenant.address);
    const signed = await tenant.client.sign(
      tenant.address,
      [send(tenant.address, other.address, "1")],
      fee,
      "",
      { ...acc, chainId: "akashnet-2" },
    );
    expect(await rejected(tenant.client.broadcastTx(TxRaw.encode(signed).finish()))).toMatchObject({
      code: 4,
      codespace: "sdk",
    });
  });

  it("rejects a wrong sequence with sdk code 32", async () => {
    const acc = await tenant.client.getSequence(tenant.address);
    const signed = await tenant.client.sign(
      tenant.address,
      [send(tenant.address, other.address, "1")],
      fee,
      "",
      { ...acc, sequence: acc.sequence + 5, chainId: "akash-localnet-1" },
    );
    const r = await rejected(tenant.client.broadcastTx(TxRaw.encode(signed).finish()));
    expect(r).toMatchObject({ code: 32, codespace: "sdk" });
    expect(r.log).toContain(`expected ${acc.sequence}, got ${acc.sequence + 5}`);
  });

  it("rejects a fee below the minimum gas price with sdk code 13", async () => {
    const r = await rejected(
      tenant.client.signAndBroadcast(tenant.address, [send(tenant.address, other.address, "1")], {
        amount: [{ denom: "uakt", amount: "1" }],
        gas: "200000",
      }),
    );
    expect(r).toMatchObject({ code: 13, codespace: "sdk" });
  });

  it("rejects the same tx twice with sdk code 19", async () => {
    const signed = await tenant.client.sign(
      tenant.address,
      [send(tenant.address, other.address, "1")],
      fee,
      "",
    );
    const bytes = TxRaw.encode(signed).finish();
    const hash = await tenant.client.broadcastTxSync(bytes);
    expect(await rejected(tenant.client.broadcastTx(bytes))).toMatchObject({ code: 19, codespace: "sdk" });
    await waitFor(() => tenant.client.getTx(hash));
    // once included it is still a duplicate
    expect(await rejected(tenant.client.broadcastTx(bytes))).toMatchObject({ code: 19, codespace: "sdk" });
  });

  it("fails delivery for insufficient funds with sdk code 5 and still charges the fee", async () => {
    const before = BigInt((await other.client.getBalance(other.address, "uakt")).amount);
    const r = await failed(
      other.client.signAndBroadcast(
        other.address,
        [send(other.address, tenant.address, (before * 2n).toString())],
        fee,
      ),
    );
    expect(r).toMatchObject({ code: 5, codespace: "sdk" });
    expect(BigInt((await other.client.getBalance(other.address, "uakt")).amount)).toBe(before - 10000n);
  });

  it("fails delivery with sdk code 11 when gas runs out", async () => {
    const r = await failed(
      tenant.client.signAndBroadcast(tenant.address, [deploymentMsg(tenant.address, 999_001)], {
        amount: [{ denom: "uakt", amount: "1000" }],
        gas: "40000",
      }),
    );
    expect(r).toMatchObject({ code: 11, codespace: "sdk" });
  });

  it("refuses to send uact, which is not transferable", async () => {
    const r = await failed(
      tenant.client.signAndBroadcast(tenant.address, [send(tenant.address, other.address, "5", "uact")], fee),
    );
    expect(r).toMatchObject({ code: 5, codespace: "bank" });
  });
});

describe("module rejections", () => {
  it("rejects a deployment priced in uakt with deployment code 24", async () => {
    const r = await failed(
      tenant.client.signAndBroadcast(
        tenant.address,
        [deploymentMsg(tenant.address, 1001, { priceDenom: "uakt" })],
        fee,
      ),
    );
    expect(r).toMatchObject({ code: 24, codespace: "deployment" });
  });

  it("rejects a uakt deposit and a deposit below the minimum with deployment code 20", async () => {
    expect(
      await failed(
        tenant.client.signAndBroadcast(
          tenant.address,
          [deploymentMsg(tenant.address, 1002, { depositDenom: "uakt" })],
          fee,
        ),
      ),
    ).toMatchObject({ code: 20, codespace: "deployment" });
    expect(
      await failed(
        tenant.client.signAndBroadcast(
          tenant.address,
          [deploymentMsg(tenant.address, 1003, { deposit: "499999" })],
          fee,
        ),
      ),
    ).toMatchObject({ code: 20, codespace: "deployment" });
  });

  it("rejects a duplicate dseq with deployment code 3, and closing twice with code 5", async () => {
    const dseq = 2001;
    expect(
      (
        await failed(
          tenant.client.signAndBroadcast(tenant.address, [deploymentMsg(tenant.address, dseq)], fee),
        )
      ).code,
    ).toBe(0);
    expect(
      await failed(
        tenant.client.signAndBroadcast(tenant.address, [deploymentMsg(tenant.address, dseq)], fee),
      ),
    ).toMatchObject({ code: 3, codespace: "deployment" });
    const close = {
      typeUrl: "/akash.deployment.v1beta4.MsgCloseDeployment",
      value: { id: { owner: tenant.address, dseq: Long.fromNumber(dseq) } },
    };
    expect((await failed(tenant.client.signAndBroadcast(tenant.address, [close], fee))).code).toBe(0);
    expect(await failed(tenant.client.signAndBroadcast(tenant.address, [close], fee))).toMatchObject({
      code: 5,
      codespace: "deployment",
    });
  });

  it("rolls back every message of a tx when one fails", async () => {
    const dseq = 3001;
    const r = await failed(
      tenant.client.signAndBroadcast(
        tenant.address,
        [deploymentMsg(tenant.address, dseq), deploymentMsg(tenant.address, dseq)],
        fee,
      ),
    );
    expect(r).toMatchObject({ code: 3, codespace: "deployment" });
    const res = await fetch(
      `${t.net.info.rest}/akash/deployment/v1beta4/deployments/info?id.owner=${tenant.address}&id.dseq=${dseq}`,
    );
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 5, details: [] });
  });

  it("rejects a bid above the order price with market code 4", async () => {
    const dseq = 4001;
    expect(
      (
        await failed(
          tenant.client.signAndBroadcast(
            tenant.address,
            [deploymentMsg(tenant.address, dseq, { price: "100" })],
            fee,
          ),
        )
      ).code,
    ).toBe(0);
    const create = {
      typeUrl: "/akash.provider.v1beta4.MsgCreateProvider",
      value: {
        owner: other.address,
        hostUri: "https://127.0.0.1:9443",
        attributes: [],
        info: { email: "", website: "" },
      },
    };
    expect((await failed(other.client.signAndBroadcast(other.address, [create], fee))).code).toBe(0);
    const ref: BidRef = { owner: tenant.address, dseq, gseq: 1, oseq: 1, provider: other.address, bseq: 0 };
    const r = await failed(other.client.signAndBroadcast(other.address, [bidMsg(ref, "100.5")], fee));
    expect(r).toMatchObject({ code: 4, codespace: "market" });
  });

  it("rejects a deposit over a DepositAuthorization limit with sdk code 5", async () => {
    const dseq = 5001;
    expect(
      (
        await failed(
          tenant.client.signAndBroadcast(tenant.address, [deploymentMsg(tenant.address, dseq)], fee),
        )
      ).code,
    ).toBe(0);
    const grant = grantMsg(tenant.address, other.address, [{ denom: "uact", amount: "1000000" }]);
    expect((await failed(tenant.client.signAndBroadcast(tenant.address, [grant], fee))).code).toBe(0);
    const deposit = (amount: string) =>
      MsgAccountDeposit.encode(
        MsgAccountDeposit.fromPartial({
          signer: tenant.address,
          id: { scope: Scope.deployment, xid: `${tenant.address}/${dseq}` },
          deposit: { amount: { denom: "uact", amount }, sources: [Source.balance] },
        }),
      ).finish();
    const exec = (amount: string) => ({
      typeUrl: "/cosmos.authz.v1beta1.MsgExec",
      value: {
        grantee: other.address,
        msgs: [{ typeUrl: "/akash.escrow.v1.MsgAccountDeposit", value: deposit(amount) }],
      },
    });
    expect(await failed(other.client.signAndBroadcast(other.address, [exec("2000000")], fee))).toMatchObject({
      code: 5,
      codespace: "sdk",
    });
    expect((await failed(other.client.signAndBroadcast(other.address, [exec("600000")], fee))).code).toBe(0);
    const grants = (await (
      await fetch(
        `${t.net.info.rest}/cosmos/authz/v1beta1/grants?granter=${tenant.address}&grantee=${other.address}`,
      )
    ).json()) as {
      grants: Array<{ authorization: { "@type": string; spend_limits: { amount: string }[] } }>;
    };
    expect(grants.grants[0]?.authorization).toEqual({
      "@type": "/akash.escrow.v1.DepositAuthorization",
      spend_limit: { denom: "uakt", amount: "0" },
      scopes: ["deployment"],
      spend_limits: [{ denom: "uact", amount: "400000" }],
    });
  });
});
