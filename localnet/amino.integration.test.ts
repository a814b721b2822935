// A Ledger-style tenant: cosmjs's amino-only Secp256k1HdWallet signs SIGN_MODE_LEGACY_AMINO_JSON
// with the console's own Akash converters, and the chain checks the signature against the doc it
// builds independently from the tx's protobuf (chain/amino-json.ts). A doc altered after signing,
// or JSON a converter renders differently from x/tx, is refused as the node refuses it.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Secp256k1HdWallet, type OfflineAminoSigner, type StdSignDoc } from "@cosmjs/amino";
import { decodeTxRaw } from "@cosmjs/proto-signing";
import {
  AminoTypes,
  createDefaultAminoConverters,
  GasPrice,
  SigningStargateClient,
  type AminoConverter,
  type AminoConverters,
  type DeliverTxResponse,
  type StdFee,
} from "@cosmjs/stargate";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import Long from "long";
import {
  BasicAllowance,
  PeriodicAllowance,
  AllowedMsgAllowance,
} from "cosmjs-types/cosmos/feegrant/v1beta1/feegrant";
import { createAuthzAminoConverters } from "../src/features/transactions/signing/amino-authz.ts";
import { createAkashAminoConverters } from "../src/features/transactions/signing/amino-converters.ts";
import { grantMsg } from "./test-support/deposit-grant.ts";
import { akashRegistry, connectSigner, webSdk, type Signer } from "./test-support/clients.ts";
import { bidId, bidMsg, deploymentMsg, leaseMsg, type BidRef } from "./test-support/fixtures.ts";
import { startTestNet, type TestNet } from "./test-support/harness.ts";

let t: TestNet;
let provider: Signer;
const fee: StdFee = { amount: [{ denom: "uakt", amount: "10000" }], gas: "600000" };
const ok = (r: DeliverTxResponse) => expect(r.code, r.rawLog).toBe(0);
const REFUSED = {
  code: 4,
  codespace: "sdk",
  log: expect.stringMatching(
    /^signature verification failed; please verify account number \(\d+\), sequence \(\d+\) and chain-id \(akash-localnet-1\): unauthorized$/,
  ) as unknown,
};

/** An amino-only client for the tenant; `tamper` edits the doc the wallet hands back after signing. */
async function ledgerClient(
  opts: { tamper?: (d: StdSignDoc) => StdSignDoc; converters?: AminoConverters } = {},
) {
  const wallet = await Secp256k1HdWallet.fromMnemonic(t.mnemonic("tenant"), { prefix: "akash" });
  const signer: OfflineAminoSigner = {
    getAccounts: () => wallet.getAccounts(),
    async signAmino(address, doc) {
      const res = await wallet.signAmino(address, doc);
      return { ...res, signed: opts.tamper ? opts.tamper(structuredClone(res.signed)) : res.signed };
    },
  };
  const converters = opts.converters ?? { ...createAkashAminoConverters(), ...createAuthzAminoConverters() };
  const client = await SigningStargateClient.connectWithSigner(t.net.info.rpc, signer, {
    registry: akashRegistry(),
    aminoTypes: new AminoTypes({ ...createDefaultAminoConverters(), ...converters }),
    gasPrice: GasPrice.fromString("0.025uakt"),
    broadcastPollIntervalMs: 100,
  });
  return { client, address: t.address("tenant") };
}

const deposit = (dseq: number, amount: string) => ({
  typeUrl: "/akash.escrow.v1.MsgAccountDeposit",
  value: {
    signer: t.address("tenant"),
    id: { scope: 1, xid: `${t.address("tenant")}/${dseq}` },
    deposit: { amount: { denom: "uact", amount }, sources: [1] },
  },
});
const close = (dseq: number) => ({
  typeUrl: "/akash.deployment.v1beta4.MsgCloseDeployment",
  value: { id: { owner: t.address("tenant"), dseq: Long.fromNumber(dseq) } },
});

beforeAll(async () => {
  t = await startTestNet();
  provider = await connectSigner(t.net.info.rpc, t.mnemonic("tenant-2"));
  const create = {
    typeUrl: "/akash.provider.v1beta4.MsgCreateProvider",
    value: { owner: provider.address, hostUri: "https://127.0.0.1:8443", attributes: [], info: {} },
  };
  ok(await provider.client.signAndBroadcast(provider.address, [create], fee));
});

afterAll(async () => {
  provider?.client.disconnect();
  await t?.close();
});

describe("amino-signed Akash messages", () => {
  it("creates, leases, updates, deposits, closes the lease and the deployment, all signed as amino JSON", async () => {
    const { client, address } = await ledgerClient();
    const dseq = 10;
    const created = await client.signAndBroadcast(address, [deploymentMsg(address, dseq)], fee);
    ok(created);
    const tx = decodeTxRaw((await client.getTx(created.transactionHash))!.tx);
    expect(tx.authInfo.signerInfos[0]?.modeInfo?.single?.mode).toBe(SignMode.SIGN_MODE_LEGACY_AMINO_JSON);

    const bid: BidRef = { owner: address, dseq, gseq: 1, oseq: 1, provider: provider.address, bseq: 0 };
    ok(await provider.client.signAndBroadcast(provider.address, [bidMsg(bid, "800")], fee));
    ok(await client.signAndBroadcast(address, [leaseMsg(bid)], fee));
    const hash = new Uint8Array(32).fill(9);
    const update = {
      typeUrl: "/akash.deployment.v1beta4.MsgUpdateDeployment",
      value: { id: close(dseq).value.id, hash },
    };
    ok(await client.signAndBroadcast(address, [update, deposit(dseq, "2000000")], fee));
    const closeLease = {
      typeUrl: "/akash.market.v1beta5.MsgCloseLease",
      value: { id: bidId(bid), reason: 1 },
    };
    ok(await client.signAndBroadcast(address, [closeLease], fee));
    ok(await client.signAndBroadcast(address, [close(dseq)], fee));

    const d = await webSdk(t.net.info.rest).akash.deployment.v1beta4.getDeployment({
      id: { owner: address, dseq: Long.fromNumber(dseq) },
    });
    expect(d.deployment?.state).toBe(2);
    expect(d.deployment?.hash).toEqual(hash);
    expect(d.groups[0]?.groupSpec?.resources[0]?.price).toEqual({
      denom: "uact",
      amount: "1000.000000000000000000",
    });
    client.disconnect();
  });

  it("mints ACT with an amino-signed MsgMintACT (the one Akash msg with an amino.name)", async () => {
    const { client, address } = await ledgerClient();
    const mint = {
      typeUrl: "/akash.bme.v1.MsgMintACT",
      value: { owner: address, to: address, coinsToBurn: { denom: "uakt", amount: "1000000" } },
    };
    ok(await client.signAndBroadcast(address, [mint], fee));
    client.disconnect();
  });

  it("refuses a doc whose price was changed after signing", async () => {
    const { client, address } = await ledgerClient({
      tamper: (doc) => {
        const value = doc.msgs[0]!.value as { groups: { resources: { price: { amount: string } }[] }[] };
        value.groups[0]!.resources[0]!.price.amount = "1.000000000000000000";
        return doc;
      },
    });
    await expect(client.signAndBroadcast(address, [deploymentMsg(address, 20)], fee)).rejects.toMatchObject(
      REFUSED,
    );
    client.disconnect();
  });

  it("refuses a doc whose deposit was changed after signing", async () => {
    const { client, address } = await ledgerClient();
    ok(await client.signAndBroadcast(address, [deploymentMsg(address, 30)], fee));
    client.disconnect();
    const tampered = await ledgerClient({
      tamper: (doc) => {
        (doc.msgs[0]!.value as { deposit: { amount: { amount: string } } }).deposit.amount.amount = "1";
        return doc;
      },
    });
    await expect(
      tampered.client.signAndBroadcast(address, [deposit(30, "3000000")], fee),
    ).rejects.toMatchObject(REFUSED);
    tampered.client.disconnect();
  });

  it("refuses JSON rendered the legacy-amino way (decimal resource values), as the node would", async () => {
    const akash = createAkashAminoConverters();
    const create = akash["/akash.deployment.v1beta4.MsgCreateDeployment"] as AminoConverter;
    const legacy = {
      ...create,
      toAmino: (v: unknown) => {
        const json = JSON.stringify(create.toAmino(v)).replace(/"val":"([^"]*)"/g, (_m, b: string) => {
          return `"val":"${Buffer.from(b, "base64").toString()}"`;
        });
        return JSON.parse(json) as unknown;
      },
      fromAmino: (j: unknown) => {
        const json = JSON.stringify(j).replace(/"val":"(\d*)"/g, (_m, n: string) => {
          return `"val":"${Buffer.from(n).toString("base64")}"`;
        });
        return create.fromAmino(JSON.parse(json)) as unknown;
      },
    };
    const { client, address } = await ledgerClient({
      converters: { ...akash, "/akash.deployment.v1beta4.MsgCreateDeployment": legacy },
    });
    await expect(client.signAndBroadcast(address, [deploymentMsg(address, 40)], fee)).rejects.toMatchObject(
      REFUSED,
    );
    client.disconnect();
  });

  it("grants and revokes a deposit authorization and fee allowances, all signed as amino JSON", async () => {
    const { client, address } = await ledgerClient();
    const mate = t.address("auditor");
    const in30Days = new Date(Date.now() + 30 * 86_400_000);
    in30Days.setMilliseconds(250); // a fraction: RFC3339Nano in the doc
    const deposit = grantMsg(address, mate, [{ denom: "uact", amount: "100000000" }], {
      expiration: in30Days,
    });
    (deposit.value.grant.expiration as { nanos: number }).nanos = 250_000_000;
    const periodic = PeriodicAllowance.encode({
      basic: {
        spendLimit: [{ denom: "uakt", amount: "5000000" }],
        expiration: { seconds: BigInt(Math.floor(Date.now() / 1000) + 60 * 86400), nanos: 0 },
      },
      period: { seconds: 86400n, nanos: 0 },
      periodSpendLimit: [{ denom: "uakt", amount: "1000000" }],
      periodCanSpend: [{ denom: "uakt", amount: "1000000" }],
      periodReset: { seconds: BigInt(Math.floor(Date.now() / 1000) + 86400), nanos: 0 },
    }).finish();
    const allowance = {
      typeUrl: "/cosmos.feegrant.v1beta1.MsgGrantAllowance",
      value: {
        granter: address,
        grantee: mate,
        allowance: {
          typeUrl: "/cosmos.feegrant.v1beta1.AllowedMsgAllowance",
          value: AllowedMsgAllowance.encode({
            allowance: { typeUrl: "/cosmos.feegrant.v1beta1.PeriodicAllowance", value: periodic },
            allowedMessages: ["/akash.escrow.v1.MsgAccountDeposit"],
          }).finish(),
        },
      },
    };
    ok(await client.signAndBroadcast(address, [deposit, allowance], fee));
    const revokeAll = [
      {
        typeUrl: "/cosmos.authz.v1beta1.MsgRevoke",
        value: { granter: address, grantee: mate, msgTypeUrl: "/akash.escrow.v1.MsgAccountDeposit" },
      },
      { typeUrl: "/cosmos.feegrant.v1beta1.MsgRevokeAllowance", value: { granter: address, grantee: mate } },
    ];
    ok(await client.signAndBroadcast(address, revokeAll, fee));
    const basic = {
      typeUrl: "/cosmos.feegrant.v1beta1.MsgGrantAllowance",
      value: {
        granter: address,
        grantee: mate,
        allowance: {
          typeUrl: "/cosmos.feegrant.v1beta1.BasicAllowance",
          value: BasicAllowance.encode({ spendLimit: [], expiration: undefined }).finish(),
        },
      },
    };
    ok(await client.signAndBroadcast(address, [basic], fee));
    client.disconnect();
  });

  it("refuses a grant whose spend limit was raised after signing", async () => {
    const { client, address } = await ledgerClient({
      tamper: (doc) => {
        const v = doc.msgs[0]!.value as {
          grant: { authorization: { value: { spend_limits: { amount: string }[] } } };
        };
        v.grant.authorization.value.spend_limits[0]!.amount = "999000000";
        return doc;
      },
    });
    const msg = grantMsg(address, t.address("tenant-2"), [{ denom: "uact", amount: "1000000" }]);
    await expect(client.signAndBroadcast(address, [msg], fee)).rejects.toMatchObject(REFUSED);
    client.disconnect();
  });
});
