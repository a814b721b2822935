import { describe, expect, it } from "vitest";
import { MsgCloseLease } from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { MsgAccountDeposit, MsgMintACT } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import Long from "long";
import { deploymentMsg } from "../test-support/fixtures.ts";
import { akashRegistry } from "../test-support/clients.ts";
import { durationFromSeconds, withReclamation } from "../codec/index.ts";
import { canonicalJson, encodeAnyMessage, encodeMessage } from "./amino-json.ts";

const OWNER = "akash1pkptre7fdkl6gfrzlesjjvhxhlc3r4gmkd2yfq";
const PROVIDER = "akash1zv6x3dpxmxjr9n8y9ae5yzhlh3kxxm9mvu2x4u";

function setup() {
  const registry = akashRegistry();
  /** The Any's value bytes, encoded by chain-sdk's codecs as a client sends them. */
  const wire = (m: { typeUrl: string; value: unknown }) => registry.encodeAsAny(m).value;
  const amino = (m: { typeUrl: string; value: unknown }) => encodeAnyMessage(m.typeUrl, wire(m));
  return { amino };
}

// Golden vectors written from the x/tx rules (docs/decisions/amino-signing.md), not from any client code.
describe("amino JSON of Akash messages, from their protobuf bytes", () => {
  it("MsgCreateDeployment: type URL as type, base64 resource values, LegacyDec price, enum numbers", () => {
    const { amino } = setup();
    expect(amino(deploymentMsg(OWNER, 5))).toEqual({
      type: "/akash.deployment.v1beta4.MsgCreateDeployment",
      value: {
        deposit: { amount: { amount: "5000000", denom: "uact" }, sources: [1] },
        groups: [
          {
            name: "westcoast",
            requirements: { signed_by: {} },
            resources: [
              {
                count: 1,
                price: { amount: "1000.000000000000000000", denom: "uact" },
                resource: {
                  cpu: { units: { val: "MTAw" } },
                  endpoints: [{}],
                  gpu: { units: { val: "MA==" } },
                  id: 1,
                  memory: { quantity: { val: "MTM0MjE3NzI4" } },
                  storage: [{ name: "default", quantity: { val: "NTM2ODcwOTEy" } }],
                },
              },
            ],
          },
        ],
        hash: "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=",
        id: { dseq: "5", owner: OWNER },
      },
    });
  });

  it("MsgCreateDeployment.reclamation (AEP-82): min_window as quoted nanoseconds", () => {
    const { amino } = setup();
    const m = deploymentMsg(OWNER, 6);
    const value = withReclamation(m.value, { minWindow: durationFromSeconds(30) });
    const json = amino({ typeUrl: m.typeUrl, value }) as { value: Record<string, unknown> };
    expect(json.value.reclamation).toEqual({ min_window: "30000000000" });
    expect(Object.keys(json.value)).toEqual(["deposit", "groups", "hash", "id", "reclamation"]);
  });

  it("MsgCloseLease and MsgAccountDeposit: zero uint32s left out, enums as numbers", () => {
    const { amino } = setup();
    const id = { owner: OWNER, dseq: Long.fromNumber(9), gseq: 1, oseq: 1, provider: PROVIDER, bseq: 0 };
    expect(
      amino({
        typeUrl: "/akash.market.v1beta5.MsgCloseLease",
        value: MsgCloseLease.fromPartial({ id, reason: 1 }),
      }),
    ).toEqual({
      type: "/akash.market.v1beta5.MsgCloseLease",
      value: { id: { dseq: "9", gseq: 1, oseq: 1, owner: OWNER, provider: PROVIDER }, reason: 1 },
    });
    const deposit = MsgAccountDeposit.fromPartial({
      signer: OWNER,
      id: { scope: 1, xid: `${OWNER}/9` },
      deposit: { amount: { denom: "uact", amount: "7" }, sources: [1, 2] },
    });
    expect(amino({ typeUrl: "/akash.escrow.v1.MsgAccountDeposit", value: deposit })).toEqual({
      type: "/akash.escrow.v1.MsgAccountDeposit",
      value: {
        deposit: { amount: { amount: "7", denom: "uact" }, sources: [1, 2] },
        id: { scope: 1, xid: `${OWNER}/9` },
        signer: OWNER,
      },
    });
  });

  it("MsgMintACT uses its amino.name", () => {
    const { amino } = setup();
    const mint = MsgMintACT.fromPartial({
      owner: OWNER,
      to: OWNER,
      coinsToBurn: { denom: "uakt", amount: "3" },
    });
    expect(amino({ typeUrl: "/akash.bme.v1.MsgMintACT", value: mint })).toEqual({
      type: "akash/bme/v1/MsgMintACT",
      value: { coins_to_burn: { amount: "3", denom: "uakt" }, owner: OWNER, to: OWNER },
    });
  });

  it("reads the wire as dynamicpb does: packed or repeated enums, empty messages, merged messages", () => {
    // Deposit{sources: packed [1,2]}; then amount given twice ({denom:"x"} and {}) and sources unpacked.
    expect(encodeMessage("akash.base.deposit.v1.Deposit", Uint8Array.from([0x2a, 2, 1, 2]))).toEqual({
      sources: [1, 2],
    });
    const twice = Uint8Array.from([0x0a, 3, 0x0a, 0x01, 0x78, 0x0a, 0, 0x28, 1]);
    expect(encodeMessage("akash.base.deposit.v1.Deposit", twice)).toEqual({
      amount: { amount: "0", denom: "x" },
      sources: [1],
    });
  });

  it("prints LegacyDec wire integers with 18 decimals, zero and negatives included", () => {
    const dec = (s: string) =>
      encodeMessage("cosmos.base.v1beta1.DecCoin", Uint8Array.from([0x12, s.length, ...Buffer.from(s)]));
    expect(dec("5000000000000000000")).toEqual({ amount: "5.000000000000000000" });
    expect(dec("0")).toEqual({ amount: "0.000000000000000000" });
    expect(dec("-15")).toEqual({ amount: "-0.000000000000000015" });
    expect(() => dec("1.5")).toThrow(/LegacyDec/);
  });

  it("refuses fields it has no descriptor for, as x/tx's unknown-field check does", () => {
    expect(() => encodeMessage("akash.deployment.v1.DeploymentID", Uint8Array.from([0x18, 1]))).toThrow(
      /unknown field 3/,
    );
    expect(() => encodeMessage("akash.deployment.v1.DeploymentID", Uint8Array.from([0x0a, 5, 1]))).toThrow(
      /truncated/,
    );
  });

  it("serialises with sorted keys and Go's HTML-safe escapes", () => {
    expect(canonicalJson({ b: 1, a: { d: "<&>\u2028", c: [2, { z: 1, y: undefined }] } })).toBe(
      '{"a":{"c":[2,{"z":1}],"d":"\\u003c\\u0026\\u003e\\u2028"},"b":1}',
    );
  });
});
