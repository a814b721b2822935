// Authorized spend with unmodified clients over real HTTP: a lead's DepositAuthorization funds a
// teammate's deployment (deposit source `grant`, depositor recorded = the lead) until its limit is
// used up, then the chain refuses with market code 28; a revoked grant funds nothing; a fee
// allowance pays the teammate's fees (Fee.granter) until it is exhausted (feegrant code 2), with
// the node's messages and JSON. The teammate's wallet never holds a coin.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Scope, Source, MsgAccountDeposit } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { MsgCreateDeployment } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import {
  BroadcastTxError,
  QueryClient,
  setupAuthzExtension,
  setupFeegrantExtension,
  type StdFee,
} from "@cosmjs/stargate";
import { connectComet } from "@cosmjs/tendermint-rpc";
import {
  BasicAllowance,
  PeriodicAllowance,
  AllowedMsgAllowance,
} from "cosmjs-types/cosmos/feegrant/v1beta1/feegrant";
import { connectSigner, webSdk, type Signer } from "./test-support/clients.ts";
import { grantMsg } from "./test-support/deposit-grant.ts";
import { deploymentMsg } from "./test-support/fixtures.ts";
import { startTestNet, type TestNet } from "./test-support/harness.ts";

let t: TestNet;
let lead: Signer;
let mate: Signer;
const fee: StdFee = { amount: [{ denom: "uakt", amount: "10000" }], gas: "400000" };
const paidBy = (granter: string, amount = "10000"): StdFee => ({
  ...fee,
  amount: [{ denom: "uakt", amount }],
  granter,
});

beforeAll(async () => {
  t = await startTestNet();
  lead = await connectSigner(t.net.info.rpc, t.mnemonic("tenant"));
  const fresh = await DirectSecp256k1HdWallet.generate(24, { prefix: "akash" });
  mate = await connectSigner(t.net.info.rpc, fresh.mnemonic);
});

afterAll(async () => {
  for (const s of [lead, mate]) s?.client.disconnect();
  await t?.close();
});

const rest = async <T>(path: string): Promise<T> => (await (await fetch(t.net.info.rest + path)).json()) as T;
const balances = async (addr: string) =>
  (await rest<{ balances: { denom: string; amount: string }[] }>(`/cosmos/bank/v1beta1/balances/${addr}`))
    .balances;

async function rejected(p: Promise<unknown>): Promise<{ code: number; codespace: string; log: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BroadcastTxError) return { code: e.code, codespace: e.codespace, log: e.log ?? "" };
    throw e;
  }
  throw new Error("expected CheckTx to refuse the transaction");
}

const basicAllowance = (uakt: string, expiration?: Date) => ({
  typeUrl: "/cosmos.feegrant.v1beta1.MsgGrantAllowance",
  value: {
    granter: lead.address,
    grantee: mate.address,
    allowance: {
      typeUrl: "/cosmos.feegrant.v1beta1.BasicAllowance",
      value: BasicAllowance.encode({
        spendLimit: [{ denom: "uakt", amount: uakt }],
        expiration: expiration && { seconds: BigInt(Math.floor(expiration.getTime() / 1000)), nanos: 0 },
      }).finish(),
    },
  },
});
const revokeAllowance = { typeUrl: "/cosmos.feegrant.v1beta1.MsgRevokeAllowance" };

function deposit(owner: string, dseq: number, amount: string, sources: Source[]) {
  return {
    typeUrl: "/akash.escrow.v1.MsgAccountDeposit",
    value: MsgAccountDeposit.fromPartial({
      signer: mate.address,
      id: { scope: Scope.deployment, xid: `${owner}/${dseq}` },
      deposit: { amount: { denom: "uact", amount }, sources },
    }),
  };
}

function createFromGrant(dseq: number, amount: string) {
  const m = deploymentMsg(mate.address, dseq);
  m.value = MsgCreateDeployment.fromPartial({
    ...m.value,
    deposit: { amount: { denom: "uact", amount }, sources: [Source.grant, Source.balance] },
  });
  return m;
}

const days = (n: number) => new Date(Date.now() + n * 86_400_000);

describe("deposit grant and fee allowance for a wallet with no funds", () => {
  it("the grant funds the teammate's deployment until its limit is used up, then the chain refuses", async () => {
    const granted = await lead.client.signAndBroadcast(
      lead.address,
      [
        grantMsg(lead.address, mate.address, [{ denom: "uact", amount: "3000000" }], {
          expiration: days(30),
        }),
        basicAllowance("200000", days(30)),
      ],
      fee,
    );
    expect(granted.code, granted.rawLog).toBe(0);
    // The grants made the teammate's account: it can sign, with no coin of its own.
    expect(await rest(`/cosmos/auth/v1beta1/accounts/${mate.address}`)).toMatchObject({
      account: { address: mate.address, pub_key: null, sequence: "0" },
    });
    expect(await balances(mate.address)).toEqual([]);
    // cosmjs reads both over ABCI (chain-sdk alpha.25's web SDK cannot unpack the gateway's "@type" Anys).
    const comet = await connectComet(t.net.info.rpc);
    const q = QueryClient.withExtensions(comet, setupFeegrantExtension, setupAuthzExtension);
    const { allowance } = await q.feegrant.allowance(lead.address, mate.address);
    expect(allowance?.allowance?.typeUrl).toBe("/cosmos.feegrant.v1beta1.BasicAllowance");
    expect(BasicAllowance.decode(allowance!.allowance!.value).spendLimit).toEqual([
      { denom: "uakt", amount: "200000" },
    ]);
    const held = await q.authz.granteeGrants(mate.address);
    expect(held.grants.map((g) => [g.granter, g.authorization?.typeUrl])).toEqual([
      [lead.address, "/akash.escrow.v1.DepositAuthorization"],
    ]);
    comet.disconnect();

    const created = await mate.client.signAndBroadcast(
      mate.address,
      [createFromGrant(10, "2000000")],
      paidBy(lead.address),
    );
    expect(created.code, created.rawLog).toBe(0);
    const sdk = webSdk(t.net.info.rest);
    const info = await sdk.akash.deployment.v1beta4.getDeployment({
      id: { owner: mate.address, dseq: 10n as never },
    });
    expect(info.escrowAccount?.state?.deposits.map((d) => [d.owner, d.source, d.balance?.amount])).toEqual([
      [lead.address, Source.grant, "2000000.000000000000000000"],
    ]);

    const grants = await rest<{ grants: unknown[] }>(`/cosmos/authz/v1beta1/grants/grantee/${mate.address}`);
    expect(grants.grants).toEqual([
      {
        granter: lead.address,
        grantee: mate.address,
        authorization: {
          "@type": "/akash.escrow.v1.DepositAuthorization",
          spend_limit: { denom: "uakt", amount: "0" },
          scopes: ["deployment"],
          spend_limits: [{ denom: "uact", amount: "1000000" }],
        },
        expiration: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      },
    ]);

    const topUp = await mate.client.signAndBroadcast(
      mate.address,
      [deposit(mate.address, 10, "1000000", [Source.grant])],
      paidBy(lead.address),
    );
    expect(topUp.code, topUp.rawLog).toBe(0);
    // Used up, but kept: a close may give funds back to it.
    const left = await rest<{ grants: { authorization: { spend_limits: unknown[] } }[] }>(
      `/cosmos/authz/v1beta1/grants?granter=${lead.address}&grantee=${mate.address}`,
    );
    expect(left.grants[0]?.authorization.spend_limits).toEqual([]);

    const refused = await mate.client.signAndBroadcast(
      mate.address,
      [deposit(mate.address, 10, "500000", [Source.grant, Source.balance])],
      paidBy(lead.address),
    );
    expect(refused.code).toBe(28);
    expect(refused.rawLog).toContain("insufficient balance: deposit invalid");
    expect(await balances(mate.address)).toEqual([]);

    // Closing gives the unspent ACT back to the lead and to the grant.
    const leadAct = (await balances(lead.address)).find((c) => c.denom === "uact")?.amount;
    const closed = await mate.client.signAndBroadcast(
      mate.address,
      [
        {
          typeUrl: "/akash.deployment.v1beta4.MsgCloseDeployment",
          value: { id: { owner: mate.address, dseq: 10n } },
        },
      ],
      paidBy(lead.address),
    );
    expect(closed.code, closed.rawLog).toBe(0);
    const after = await rest<{ grants: { authorization: { spend_limits: { amount: string }[] } }[] }>(
      `/cosmos/authz/v1beta1/grants/granter/${lead.address}`,
    );
    expect(after.grants[0]?.authorization.spend_limits).toEqual([{ denom: "uact", amount: "3000000" }]);
    const leadActAfter = (await balances(lead.address)).find((c) => c.denom === "uact")?.amount;
    expect(BigInt(leadActAfter ?? "0") - BigInt(leadAct ?? "0")).toBe(3000000n);
  });

  it("a revoked grant funds nothing: code 28 from a deposit, authz code 2 through MsgExec", async () => {
    const revoke = {
      typeUrl: "/cosmos.authz.v1beta1.MsgRevoke",
      value: {
        granter: lead.address,
        grantee: mate.address,
        msgTypeUrl: "/akash.escrow.v1.MsgAccountDeposit",
      },
    };
    const r = await lead.client.signAndBroadcast(lead.address, [revoke], fee);
    expect(r.code, r.rawLog).toBe(0);
    expect(
      (await rest<{ grants: unknown[] }>(`/cosmos/authz/v1beta1/grants/grantee/${mate.address}`)).grants,
    ).toEqual([]);
    const create = await mate.client.signAndBroadcast(
      mate.address,
      [createFromGrant(11, "500000")],
      paidBy(lead.address),
    );
    expect(create.code).toBe(28);
    expect(create.rawLog).toContain("insufficient balance");
    const again = await lead.client.signAndBroadcast(lead.address, [revoke], fee);
    expect([again.code, again.rawLog]).toEqual([2, expect.stringContaining("authorization not found")]);
  });

  it("the fee allowance pays until it is exhausted, then CheckTx refuses with feegrant code 2", async () => {
    const before = await rest<{ allowances: { allowance: { spend_limit: { amount: string }[] } }[] }>(
      `/cosmos/feegrant/v1beta1/allowances/${mate.address}`,
    );
    const left = BigInt(before.allowances[0]?.allowance.spend_limit[0]?.amount ?? "0");
    expect(left).toBe(200000n - 5n * 10000n);
    // A fee above what is left: refused, and the teammate still holds nothing.
    const tooMuch = await rejected(
      mate.client.signAndBroadcast(
        mate.address,
        [createFromGrant(12, "500000")],
        paidBy(lead.address, String(left + 1n)),
      ),
    );
    expect(tooMuch.codespace).toBe("feegrant");
    expect(tooMuch.code).toBe(2);
    expect(tooMuch.log).toBe(
      `${lead.address} does not allow to pay fees for ${mate.address}: basic allowance: fee limit exceeded`,
    );
    // Spending exactly what is left uses the allowance up: the chain deletes it.
    const last = await mate.client.signAndBroadcast(
      mate.address,
      [createFromGrant(13, "500000")],
      paidBy(lead.address, left.toString()),
    );
    expect(last.code).toBe(28);
    expect(
      (await rest<{ allowances: unknown[] }>(`/cosmos/feegrant/v1beta1/allowances/${mate.address}`))
        .allowances,
    ).toEqual([]);
    const none = await rejected(
      mate.client.signAndBroadcast(mate.address, [createFromGrant(14, "500000")], paidBy(lead.address)),
    );
    expect([none.codespace, none.code]).toEqual(["sdk", 38]);
    expect(none.log).toContain("fee-grant not found");
    const one = await fetch(
      `${t.net.info.rest}/cosmos/feegrant/v1beta1/allowance/${lead.address}/${mate.address}`,
    );
    expect([one.status, ((await one.json()) as { code: number }).code]).toEqual([500, 13]);
  });

  it("a periodic allowance resets each period; an allowed-messages allowance refuses other messages", async () => {
    const periodic = PeriodicAllowance.encode({
      basic: { spendLimit: [{ denom: "uakt", amount: "100000" }], expiration: undefined },
      period: { seconds: 3600n, nanos: 0 },
      periodSpendLimit: [{ denom: "uakt", amount: "15000" }],
      periodCanSpend: [{ denom: "uakt", amount: "15000" }],
      periodReset: { seconds: BigInt(Math.floor(Date.now() / 1000) + 3600), nanos: 0 },
    }).finish();
    const filtered = AllowedMsgAllowance.encode({
      allowance: { typeUrl: "/cosmos.feegrant.v1beta1.PeriodicAllowance", value: periodic },
      allowedMessages: ["/akash.escrow.v1.MsgAccountDeposit"],
    }).finish();
    const g = await lead.client.signAndBroadcast(
      lead.address,
      [
        {
          typeUrl: "/cosmos.feegrant.v1beta1.MsgGrantAllowance",
          value: {
            granter: lead.address,
            grantee: mate.address,
            allowance: { typeUrl: "/cosmos.feegrant.v1beta1.AllowedMsgAllowance", value: filtered },
          },
        },
      ],
      fee,
    );
    expect(g.code, g.rawLog).toBe(0);
    const other = await rejected(
      mate.client.signAndBroadcast(mate.address, [createFromGrant(15, "500000")], paidBy(lead.address)),
    );
    expect([other.codespace, other.code]).toEqual(["feegrant", 7]);
    // Allowed: the fee is paid even though the message fails (the grant is used up: code 28).
    const first = await mate.client.signAndBroadcast(
      mate.address,
      [deposit(mate.address, 10, "500000", [Source.grant])],
      paidBy(lead.address),
    );
    expect(first.code).toBe(28);
    const second = await rejected(
      mate.client.signAndBroadcast(
        mate.address,
        [deposit(mate.address, 10, "500000", [Source.grant])],
        paidBy(lead.address),
      ),
    );
    expect(second.log).toContain("period limit: fee limit exceeded");
    const json = await rest<{ allowances: unknown[] }>(`/cosmos/feegrant/v1beta1/issued/${lead.address}`);
    expect(json.allowances).toEqual([
      {
        granter: lead.address,
        grantee: mate.address,
        allowance: {
          "@type": "/cosmos.feegrant.v1beta1.AllowedMsgAllowance",
          allowance: {
            "@type": "/cosmos.feegrant.v1beta1.PeriodicAllowance",
            basic: { spend_limit: [{ denom: "uakt", amount: "90000" }], expiration: null },
            period: "3600s",
            period_spend_limit: [{ denom: "uakt", amount: "15000" }],
            period_can_spend: [{ denom: "uakt", amount: "5000" }],
            period_reset: expect.stringMatching(/Z$/),
          },
          allowed_messages: ["/akash.escrow.v1.MsgAccountDeposit"],
        },
      },
    ]);
    const revoked = await lead.client.signAndBroadcast(
      lead.address,
      [{ ...revokeAllowance, value: { granter: lead.address, grantee: mate.address } }],
      fee,
    );
    expect(revoked.code, revoked.rawLog).toBe(0);
  });
});
