import { AminoTypes } from "@cosmjs/stargate";
import { describe, expect, it } from "vitest";
import { closeDeployment, createDeployment, updateDeployment } from "../messages/deployment";
import { accountDeposit, mintAct } from "../messages/escrow";
import { closeLease, createLease } from "../messages/market";
import type { TxMessage } from "../types";
import { createAkashAminoConverters } from "./amino-converters";
import { legacyDec } from "./amino-fields";
import { createAkashRegistry } from "./registry";

const OWNER = "akash1pkptre7fdkl6gfrzlesjjvhxhlc3r4gmkd2yfq";
const PROVIDER = "akash1zv6x3dpxmxjr9n8y9ae5yzhlh3kxxm9mvu2x4u";
const ascii = (s: string) => ({ val: new TextEncoder().encode(s) });

/** A group spec as chain-sdk's generateManifest returns it (web-server template, plus attributes). */
const GROUP = {
  name: "akash",
  requirements: { signedBy: { allOf: [], anyOf: [] }, attributes: [{ key: "region", value: "us-west" }] },
  resources: [
    {
      resource: {
        id: 1,
        cpu: { units: ascii("500"), attributes: [] },
        memory: { quantity: ascii("536870912"), attributes: [] },
        storage: [{ name: "default", quantity: ascii("1073741824"), attributes: [] }],
        gpu: { units: ascii("0"), attributes: [] },
        endpoints: [{ kind: 0, sequenceNumber: 0 }],
      },
      count: 1,
      price: { denom: "uact", amount: "5" },
    },
  ],
};
const BID = { owner: OWNER, dseq: "123", gseq: 1, oseq: 1, provider: PROVIDER, bseq: 0 };

function setup() {
  const registry = createAkashRegistry();
  const amino = new AminoTypes(createAkashAminoConverters());
  const toAmino = (m: TxMessage) => amino.toAmino({ typeUrl: m.typeUrl, value: m.value });
  /** What the signing client broadcasts after the wallet signs: the body built from the doc. */
  const wireAfterAmino = (m: TxMessage) => registry.encodeAsAny(amino.fromAmino(toAmino(m))).value;
  const wireDirect = (m: TxMessage) => registry.encodeAsAny({ typeUrl: m.typeUrl, value: m.value }).value;
  return { toAmino, wireAfterAmino, wireDirect };
}

// Golden vectors, derived by hand from x/tx v0.14 aminojson (see docs/decisions/amino-signing.md).
const CASES: Array<[string, TxMessage, unknown]> = [
  [
    "create deployment",
    createDeployment({
      owner: OWNER,
      dseq: "123",
      groups: [GROUP],
      hash: new Uint8Array(32).fill(7),
      deposit: { denom: "uact", amount: "500000" },
      overview: [],
    }),
    {
      // No amino.name on Akash msgs: the type URL is the amino type (getMessageAminoNameAny).
      type: "/akash.deployment.v1beta4.MsgCreateDeployment",
      value: {
        id: { owner: OWNER, dseq: "123" }, // uint64 quoted
        groups: [
          {
            name: "akash",
            // signed_by is on the wire (empty), so written as {}; empty lists are left out.
            requirements: { signed_by: {}, attributes: [{ key: "region", value: "us-west" }] },
            resources: [
              {
                resource: {
                  id: 1, // uint32: a JSON number
                  cpu: { units: { val: "NTAw" } }, // bytes → base64 of "500"
                  memory: { quantity: { val: "NTM2ODcwOTEy" } }, // proto name, not jsontag "size"
                  storage: [{ name: "default", quantity: { val: "MTA3Mzc0MTgyNA==" } }],
                  gpu: { units: { val: "MA==" } },
                  endpoints: [{}], // kind SHARED_HTTP (0) and sequence 0 are defaults
                },
                count: 1,
                price: { denom: "uact", amount: "5.000000000000000000" }, // cosmosDecEncoder
              },
            ],
          },
        ],
        hash: "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=",
        deposit: { amount: { denom: "uact", amount: "500000" }, sources: [1] }, // enum as number
      },
    },
  ],
  [
    "update deployment",
    updateDeployment({ owner: OWNER, dseq: "123", hash: new Uint8Array(32).fill(7), changes: [] }),
    {
      type: "/akash.deployment.v1beta4.MsgUpdateDeployment",
      value: { id: { owner: OWNER, dseq: "123" }, hash: "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=" },
    },
  ],
  [
    "close deployment",
    closeDeployment({ owner: OWNER, dseq: "123" }),
    { type: "/akash.deployment.v1beta4.MsgCloseDeployment", value: { id: { owner: OWNER, dseq: "123" } } },
  ],
  [
    "create lease",
    createLease({ bid: BID, price: { denom: "uact", amount: "5" }, providerName: "p" }),
    {
      type: "/akash.market.v1beta5.MsgCreateLease",
      // bseq 0 is a proto3 default: left out.
      value: { bid_id: { owner: OWNER, dseq: "123", gseq: 1, oseq: 1, provider: PROVIDER } },
    },
  ],
  [
    "close lease",
    closeLease({ lease: BID, providerName: "p" }),
    {
      type: "/akash.market.v1beta5.MsgCloseLease",
      value: { id: { owner: OWNER, dseq: "123", gseq: 1, oseq: 1, provider: PROVIDER }, reason: 1 },
    },
  ],
  [
    "account deposit",
    accountDeposit({
      signer: OWNER,
      owner: OWNER,
      dseq: "123",
      amount: { denom: "uact", amount: "1000000" },
    }),
    {
      type: "/akash.escrow.v1.MsgAccountDeposit",
      value: {
        signer: OWNER,
        id: { scope: 1, xid: `${OWNER}/123` },
        deposit: { amount: { denom: "uact", amount: "1000000" }, sources: [1] },
      },
    },
  ],
  [
    "mint ACT",
    mintAct({ owner: OWNER, burn: { denom: "uakt", amount: "2000000" }, expected: null }),
    {
      type: "akash/bme/v1/MsgMintACT", // the bme protos set amino.name
      value: { owner: OWNER, to: OWNER, coins_to_burn: { denom: "uakt", amount: "2000000" } },
    },
  ],
];

describe("Akash amino converters", () => {
  it.each(CASES)("%s: toAmino gives the JSON the node signs over", (_name, msg, golden) => {
    const { toAmino } = setup();
    expect(toAmino(msg)).toEqual(golden);
  });

  it.each(CASES)("%s: the tx built from the signed doc has the same bytes as direct", (_n, msg) => {
    const { wireAfterAmino, wireDirect } = setup();
    expect(Buffer.from(wireAfterAmino(msg)).toString("hex")).toBe(
      Buffer.from(wireDirect(msg)).toString("hex"),
    );
  });

  it("prints LegacyDec prices with 18 fraction digits and refuses what the codec cannot encode", () => {
    expect(legacyDec("5")).toBe("5.000000000000000000");
    expect(legacyDec("0.000123")).toBe("0.000123000000000000");
    expect(legacyDec("007.5")).toBe("7.500000000000000000");
    expect(() => legacyDec("0.0000000000000000001")).toThrow(/18 fraction digits/);
    expect(() => legacyDec("1e3")).toThrow();
  });

  it("leaves out what the chain leaves out: an unset deposit, an empty hash, a zero dseq", () => {
    const { toAmino } = setup();
    const bare = {
      typeUrl: "/akash.deployment.v1beta4.MsgCreateDeployment",
      value: { id: { owner: OWNER, dseq: "0" } },
    };
    expect(toAmino({ ...bare, summary: { title: "", details: [], spends: [] } })).toEqual({
      type: "/akash.deployment.v1beta4.MsgCreateDeployment",
      value: { id: { owner: OWNER } },
    });
  });
});
