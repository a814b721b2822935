// Lazy escrow settlement over 1,000 blocks, through unmodified clients (cosmjs signs, chain-sdk
// and plain fetch read REST). Block production is paused and blocks are made through the admin
// endpoint, so every transaction lands at a known height and the numbers can be worked by hand.
//
// Worked example. Lease price 37.5 uact/block, deposit 5,000,000 uact; lease created at height L.
//   L         lease: the account settles (nothing owed yet); settled_at = L, funds 5,000,000.
//   L+333     provider withdraws: owed 333 × 37.5 = 12,487.5, truncated per settlement to 12,487.
//             funds 5,000,000 − 12,487 = 4,987,513; transferred 12,487; provider +12,487;
//             settled_at = L+333.
//   L+500     tenant deposits 1,000,000: an open account does not settle on deposit (node v2
//             x/escrow AccountDeposit), so settled_at stays L+333; funds 5,987,513; deposits
//             [4,987,513 (the first), 1,000,000 (at L+500)].
//   L+1000    provider withdraws: 667 × 37.5 = 25,012.5 → 25,012, taken from the first deposit:
//             deposits [4,962,501, 1,000,000]; funds 5,962,501; transferred 37,499;
//             provider +25,012 (37,499 in all); settled_at = L+1000.
// The tenant paid 37,499 for 1,000 blocks (the two half-units were never charged), and the
// provider received exactly that: node v2 has no take rate (x/take was removed in v2.0.0).

import { Source, Scope } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import type { StdFee } from "@cosmjs/stargate";
import Long from "long";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSigner, webSdk, type Signer } from "./test-support/clients.ts";
import { bidId, bidMsg, deploymentMsg, leaseMsg, type BidRef } from "./test-support/fixtures.ts";
import { startTestNet, type TestNet } from "./test-support/harness.ts";

let t: TestNet;
let tenant: Signer;
let prov: Signer;
const fee: StdFee = { amount: [{ denom: "uakt", amount: "10000" }], gas: "600000" };

async function admin(path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${t.net.info.admin}${path}`, { method: "POST", body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return res.json();
}
const height = async () => (await tenant.client.getHeight()) as number;
/** Makes blocks until the chain is at `h`. */
async function produceTo(h: number): Promise<void> {
  const now = await height();
  if (h > now) await admin("/blocks", { count: h - now });
  expect(await height()).toBe(h);
}
/** Broadcasts, then makes one block: the tx is in it. Returns that height. */
async function include(s: Signer, msgs: { typeUrl: string; value: unknown }[]): Promise<number> {
  const hash = await s.client.signAndBroadcastSync(s.address, msgs, fee);
  const { height: h } = (await admin("/blocks", { count: 1 })) as { height: number };
  const tx = await s.client.getTx(hash);
  expect(tx?.code, tx?.rawLog).toBe(0);
  expect(tx?.height).toBe(h);
  return h;
}
const rest = async <T>(path: string) => (await (await fetch(t.net.info.rest + path)).json()) as T;
const uact = async (s: Signer) => Number((await s.client.getBalance(s.address, "uact")).amount);

interface AccountJson {
  escrow_account: {
    state: {
      state: string;
      settled_at: string;
      funds: { amount: string }[];
      transferred: { amount: string }[];
      deposits: { height: string; balance: { amount: string } }[];
    };
  };
}

beforeAll(async () => {
  t = await startTestNet();
  tenant = await connectSigner(t.net.info.rpc, t.mnemonic("tenant"));
  prov = await connectSigner(t.net.info.rpc, t.mnemonic("tenant-2"));
  const create = {
    typeUrl: "/akash.provider.v1beta4.MsgCreateProvider",
    value: {
      owner: prov.address,
      hostUri: "https://127.0.0.1:8443",
      attributes: [],
      info: { email: "", website: "" },
    },
  };
  expect((await prov.client.signAndBroadcast(prov.address, [create], fee)).code).toBe(0);
  await admin("/faults", { blocks: { paused: true } });
});

afterAll(async () => {
  for (const s of [tenant, prov]) s?.client.disconnect();
  await t?.close();
});

describe("lazy escrow settlement", () => {
  it("matches the worked example over 1,000 blocks with a deposit in the middle", async () => {
    const dseq = 7001;
    const ref: BidRef = { owner: tenant.address, dseq, gseq: 1, oseq: 1, provider: prov.address, bseq: 0 };
    const info = () =>
      rest<AccountJson>(
        `/akash/deployment/v1beta4/deployments/info?id.owner=${tenant.address}&id.dseq=${dseq}`,
      );
    const state = async () => (await info()).escrow_account.state;
    await include(tenant, [deploymentMsg(tenant.address, dseq, { price: "40", deposit: "5000000" })]);
    await include(prov, [bidMsg(ref, "37.5")]);
    const L = await include(tenant, [leaseMsg(ref)]);
    expect(await state()).toMatchObject({
      settled_at: String(L),
      funds: [{ amount: "5000000.000000000000000000" }],
    });
    const provStart = await uact(prov);

    const withdraw = [{ typeUrl: "/akash.market.v1beta5.MsgWithdrawLease", value: { id: bidId(ref) } }];
    await produceTo(L + 332);
    expect(await include(prov, withdraw)).toBe(L + 333);
    expect(await state()).toMatchObject({
      settled_at: String(L + 333),
      funds: [{ amount: "4987513.000000000000000000" }],
      transferred: [{ amount: "12487.000000000000000000" }],
    });
    expect((await uact(prov)) - provStart).toBe(12_487);

    await produceTo(L + 499);
    const deposit = {
      typeUrl: "/akash.escrow.v1.MsgAccountDeposit",
      value: {
        signer: tenant.address,
        id: { scope: Scope.deployment, xid: `${tenant.address}/${dseq}` },
        deposit: { amount: { denom: "uact", amount: "1000000" }, sources: [Source.balance] },
      },
    };
    expect(await include(tenant, [deposit])).toBe(L + 500);
    const afterDeposit = await state();
    expect(afterDeposit).toMatchObject({
      settled_at: String(L + 333),
      funds: [{ amount: "5987513.000000000000000000" }],
    });
    expect(afterDeposit.deposits.map((d) => [d.height, d.balance.amount])).toEqual([
      [String(L - 2), "4987513.000000000000000000"],
      [String(L + 500), "1000000.000000000000000000"],
    ]);

    await produceTo(L + 999);
    expect(await include(prov, withdraw)).toBe(L + 1000);
    const end = await state();
    expect(end).toMatchObject({
      state: "open",
      settled_at: String(L + 1000),
      funds: [{ amount: "5962501.000000000000000000" }],
      transferred: [{ amount: "37499.000000000000000000" }],
    });
    expect(end.deposits.map((d) => d.balance.amount)).toEqual([
      "4962501.000000000000000000",
      "1000000.000000000000000000",
    ]);
    // chain-sdk's web SDK reads the same account
    const sdk = webSdk(t.net.info.rest);
    const viaSdk = await sdk.akash.deployment.v1beta4.getDeployment({
      id: { owner: tenant.address, dseq: Long.fromNumber(dseq) },
    });
    expect(viaSdk.escrowAccount?.state?.settledAt.toString()).toBe(String(L + 1000));
    expect(Number(viaSdk.escrowAccount?.state?.funds[0]?.amount)).toBe(5_962_501);

    // No take rate: what the tenant was charged is exactly what the provider received.
    expect((await uact(prov)) - provStart).toBe(37_499);
    const lease = await sdk.akash.market.v1beta5.getLease({ id: bidId(ref) });
    expect(lease.escrowPayment?.state?.withdrawn?.amount).toBe("37499");
    expect(Number(lease.escrowPayment?.state?.balance?.amount)).toBe(0);
  });

  it("serves no take-rate params: node v2 removed x/take, so the route is unimplemented", async () => {
    for (const path of ["/akash/take/v1/params", "/akash/take/v1beta3/params"]) {
      const res = await fetch(t.net.info.rest + path);
      expect(res.status).toBe(501);
      expect(await res.json()).toEqual({ code: 12, message: "Not Implemented", details: [] });
    }
  });
});
