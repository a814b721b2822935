// authz "send on my behalf": MsgGrant of a bank SendAuthorization, then MsgExec of MsgSend by the
// grantee, signed with cosmjs, with the SDK's rules and codes: the limit shrinks with each send,
// a send above it fails (code 5, insufficient funds), a used-up grant is deleted and an expired one
// is pruned at the next block, so both then fail with authz code 2 (authorization not found); an
// allow list refuses other recipients (code 4, unauthorized).

import { SendAuthorization } from "cosmjs-types/cosmos/bank/v1beta1/authz";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type { StdFee } from "@cosmjs/stargate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSigner, type Signer } from "./test-support/clients.ts";
import { startTestNet, waitFor, type TestNet } from "./test-support/harness.ts";

let t: TestNet;
let granter: Signer;
let grantee: Signer;
let payee: string;
const fee: StdFee = { amount: [{ denom: "uakt", amount: "10000" }], gas: "400000" };

beforeAll(async () => {
  t = await startTestNet();
  granter = await connectSigner(t.net.info.rpc, t.mnemonic("tenant"));
  grantee = await connectSigner(t.net.info.rpc, t.mnemonic("tenant-2"));
  payee = t.address("auditor");
});

afterAll(async () => {
  for (const s of [granter, grantee]) s?.client.disconnect();
  await t?.close();
});

function grant(limit: string, opts: { allowList?: string[]; expiresAt?: Date } = {}) {
  const value = SendAuthorization.encode({
    spendLimit: [{ denom: "uakt", amount: limit }],
    allowList: opts.allowList ?? [],
  }).finish();
  const expiration = opts.expiresAt
    ? { seconds: BigInt(Math.floor(opts.expiresAt.getTime() / 1000)), nanos: 0 }
    : undefined;
  return {
    typeUrl: "/cosmos.authz.v1beta1.MsgGrant",
    value: {
      granter: granter.address,
      grantee: grantee.address,
      grant: { authorization: { typeUrl: "/cosmos.bank.v1beta1.SendAuthorization", value }, expiration },
    },
  };
}

function exec(amount: string, to = payee) {
  const send = MsgSend.encode({
    fromAddress: granter.address,
    toAddress: to,
    amount: [{ denom: "uakt", amount }],
  }).finish();
  return {
    typeUrl: "/cosmos.authz.v1beta1.MsgExec",
    value: { grantee: grantee.address, msgs: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: send }] },
  };
}

const run = (s: Signer, msg: { typeUrl: string; value: unknown }) =>
  s.client.signAndBroadcast(s.address, [msg], fee);
const uakt = async (addr: string) => BigInt((await granter.client.getBalance(addr, "uakt")).amount);
async function grants(): Promise<
  Array<{ authorization: Record<string, unknown>; expiration: string | null }>
> {
  const q = `granter=${granter.address}&grantee=${grantee.address}`;
  const res = await fetch(`${t.net.info.rest}/cosmos/authz/v1beta1/grants?${q}`);
  return ((await res.json()) as { grants: never[] }).grants;
}

describe("authz send", () => {
  it("spends within the limit, shrinks it, refuses more, and deletes the used-up grant", async () => {
    expect((await run(granter, grant("1000000"))).code).toBe(0);
    expect(await grants()).toEqual([
      {
        authorization: {
          "@type": "/cosmos.bank.v1beta1.SendAuthorization",
          spend_limit: [{ denom: "uakt", amount: "1000000" }],
          allow_list: [],
        },
        expiration: null,
      },
    ]);
    const [g0, p0] = [await uakt(granter.address), await uakt(payee)];
    const first = await run(grantee, exec("400000"));
    expect(first.code, first.rawLog).toBe(0);
    // the granter pays the send; the grantee pays the fee
    expect(await uakt(granter.address)).toBe(g0 - 400_000n);
    expect(await uakt(payee)).toBe(p0 + 400_000n);
    expect((await grants())[0]?.authorization.spend_limit).toEqual([{ denom: "uakt", amount: "600000" }]);

    const over = await run(grantee, exec("600001"));
    expect(over).toMatchObject({ code: 5 });
    expect(over.rawLog).toContain("requested amount is more than spend limit");
    expect((await grants())[0]?.authorization.spend_limit).toEqual([{ denom: "uakt", amount: "600000" }]);

    expect((await run(grantee, exec("600000"))).code).toBe(0);
    expect(await grants()).toEqual([]);
    const exhausted = await run(grantee, exec("1"));
    expect(exhausted).toMatchObject({ code: 2 });
    expect(exhausted.rawLog).toContain("authorization not found");
  });

  it("refuses recipients outside the allow list", async () => {
    expect((await run(granter, grant("500", { allowList: [payee] }))).code).toBe(0);
    const other = await run(grantee, exec("100", t.address("tenant")));
    expect(other).toMatchObject({ code: 4 });
    expect(other.rawLog).toContain(`cannot send to ${t.address("tenant")} address`);
    expect((await run(grantee, exec("100"))).code).toBe(0);
  });

  it("prunes an expired grant at the next block, so executing it finds none", async () => {
    const block = (await (
      await fetch(`${t.net.info.rest}/cosmos/base/tendermint/v1beta1/blocks/latest`)
    ).json()) as {
      block: { header: { time: string } };
    };
    const expiresAt = new Date(Date.parse(block.block.header.time) + 2_000);
    expect((await run(granter, grant("1000", { expiresAt }))).code).toBe(0);
    const whole = new Date(Math.floor(expiresAt.getTime() / 1000) * 1000);
    expect((await grants())[0]?.expiration).toBe(whole.toISOString().replace(".000Z", "Z"));
    await waitFor(async () => (await grants()).length === 0, 15_000, 100);
    const late = await run(grantee, exec("1"));
    expect(late).toMatchObject({ code: 2 });
  });

  it("refuses a grant without a positive spend limit", async () => {
    const zero = await run(granter, grant("0"));
    expect(zero).toMatchObject({ code: 10 });
    expect(zero.rawLog).toContain("spend limit must be positive");
  });
});
