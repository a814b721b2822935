import { describe, expect, it } from "vitest";
import { accountDeposit, mintAct } from "../messages/escrow";
import { closeDeployment, createDeployment, updateDeployment } from "../messages/deployment";
import { closeLease, createLease } from "../messages/market";
import { createAkashRegistry } from "./registry";

const OWNER = "akash1pkptre7fdkl6gfrzlesjjvhxhlc3r4gmkd2yfq";
const bid = { owner: OWNER, dseq: "123", gseq: 1, oseq: 1, provider: OWNER, bseq: 0 };

/** Longs (dseq) as decimal strings, so decoded messages compare with what was built. */
const plain = (v: unknown): unknown =>
  JSON.parse(
    JSON.stringify(v, (_k, x: unknown) =>
      typeof x === "object" && x !== null && "unsigned" in x ? String(x) : x,
    ),
  );

function setup() {
  const registry = createAkashRegistry();
  const roundTrip = (msg: { typeUrl: string; value: unknown }) => {
    const any = registry.encodeAsAny(msg);
    return registry.decode(any) as Record<string, unknown>;
  };
  return { roundTrip };
}

describe("message descriptors encode with chain-sdk's codecs", () => {
  it("create deployment keeps the id, hash and an ACT deposit from the balance", () => {
    const { roundTrip } = setup();
    const msg = createDeployment({
      owner: OWNER,
      dseq: "123",
      groups: [],
      hash: new Uint8Array(32).fill(1),
      deposit: { denom: "uact", amount: "500000" },
      overview: [],
    });
    const decoded = roundTrip(msg);
    expect(plain(decoded.id)).toEqual({ owner: OWNER, dseq: "123" });
    expect(decoded.hash).toEqual(new Uint8Array(32).fill(1));
    expect(decoded.deposit).toEqual({ amount: { denom: "uact", amount: "500000" }, sources: [1] });
    expect(msg.summary.details.at(-1)).toMatch(/Deposits 0.5 ACT/);
  });

  it("deposit, mint, update, close, lease messages survive encoding", () => {
    const { roundTrip } = setup();
    const deposit = roundTrip(
      accountDeposit({
        signer: OWNER,
        owner: OWNER,
        dseq: "123",
        amount: { denom: "uact", amount: "1000000" },
      }),
    );
    expect(deposit.id).toEqual({ scope: 1, xid: `${OWNER}/123` });
    expect(
      roundTrip(mintAct({ owner: OWNER, burn: { denom: "uakt", amount: "5" }, expected: null })).coinsToBurn,
    ).toEqual({ denom: "uakt", amount: "5" });
    expect(
      roundTrip(updateDeployment({ owner: OWNER, dseq: "123", hash: new Uint8Array(32), changes: [] })).hash,
    ).toHaveLength(32);
    expect(plain(roundTrip(closeDeployment({ owner: OWNER, dseq: "123" })).id)).toEqual({
      owner: OWNER,
      dseq: "123",
    });
    const lease = roundTrip(createLease({ bid, price: { denom: "uact", amount: "10" }, providerName: "p" }));
    expect(plain(lease.bidId)).toEqual(bid);
    expect(roundTrip(closeLease({ lease: bid, providerName: "p" })).reason).toBe(1);
  });
});
