// The descriptors write the same bytes as the public codecs (cosmjs-types for feegrant and authz,
// chain-sdk for DepositAuthorization's first two fields), so what the review shows is what signs.
import { describe, expect, it } from "vitest";
import { DepositAuthorization } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { BinaryWriter } from "cosmjs-types/binary";
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import {
  AllowedMsgAllowance,
  BasicAllowance,
  PeriodicAllowance,
} from "cosmjs-types/cosmos/feegrant/v1beta1/feegrant";
import { allowanceAny, grantDeposit, grantFeeAllowance, revokeDeposit } from "./grants";

const LEAD = "akash1lead0000000000000000000000000000000000";
const MATE = "akash1mate0000000000000000000000000000000000";
const NOW = new Date("2026-12-01T10:00:00Z");
const IN_30_DAYS = new Date("2026-12-31T10:00:00Z");
const ts = (d: Date) => ({ seconds: BigInt(d.getTime() / 1000), nanos: 0 });

function setup() {
  const fee = { granter: LEAD, grantee: MATE, now: NOW, expiresAt: IN_30_DAYS };
  return { fee };
}

describe("grant descriptors", () => {
  it("encodes a DepositAuthorization with spend_limits as a v2.1 client does", () => {
    const msg = grantDeposit({
      granter: LEAD,
      grantee: MATE,
      limit: { denom: "uact", amount: "100000000" },
      expiresAt: IN_30_DAYS,
    });
    const value = msg.value as {
      grant: { authorization: { typeUrl: string; value: Uint8Array }; expiration: unknown };
    };
    const head = DepositAuthorization.encode(
      DepositAuthorization.fromPartial({ spendLimit: { denom: "uact", amount: "0" }, scopes: [1] }),
    ).finish();
    const w = new BinaryWriter();
    Coin.encode({ denom: "uact", amount: "100000000" }, w.uint32(26).fork()).ldelim();
    expect(value.grant.authorization).toEqual({
      typeUrl: "/akash.escrow.v1.DepositAuthorization",
      value: Uint8Array.from([...head, ...w.finish()]),
    });
    expect(value.grant.expiration).toEqual(ts(IN_30_DAYS));
    expect(msg.summary.details[0]).toContain("up to 100 ACT");
    expect(msg.summary.spends).toEqual([]);
  });

  it("encodes basic, periodic and allowed-message allowances as cosmjs-types does", () => {
    const { fee } = setup();
    const basic = allowanceAny({
      ...fee,
      spendLimit: { denom: "uakt", amount: "5000000" },
      period: null,
      allowedMessages: null,
    });
    expect(basic.value).toEqual(
      BasicAllowance.encode({
        spendLimit: [{ denom: "uakt", amount: "5000000" }],
        expiration: ts(IN_30_DAYS),
      }).finish(),
    );
    const periodic = allowanceAny({
      ...fee,
      spendLimit: { denom: "uakt", amount: "5000000" },
      period: { seconds: 86_400, limit: { denom: "uakt", amount: "500000" } },
      allowedMessages: ["/akash.escrow.v1.MsgAccountDeposit"],
    });
    const inner = PeriodicAllowance.encode({
      basic: { spendLimit: [{ denom: "uakt", amount: "5000000" }], expiration: ts(IN_30_DAYS) },
      period: { seconds: 86_400n, nanos: 0 },
      periodSpendLimit: [{ denom: "uakt", amount: "500000" }],
      periodCanSpend: [{ denom: "uakt", amount: "500000" }],
      periodReset: ts(new Date(NOW.getTime() + 86_400_000)),
    }).finish();
    expect(periodic).toEqual({
      typeUrl: "/cosmos.feegrant.v1beta1.AllowedMsgAllowance",
      value: AllowedMsgAllowance.encode({
        allowance: { typeUrl: "/cosmos.feegrant.v1beta1.PeriodicAllowance", value: inner },
        allowedMessages: ["/akash.escrow.v1.MsgAccountDeposit"],
      }).finish(),
    });
  });

  it("says what each grant and revocation does in the review", () => {
    const { fee } = setup();
    const m = grantFeeAllowance({
      ...fee,
      spendLimit: null,
      period: { seconds: 86_400, limit: { denom: "uakt", amount: "1000000" } },
      allowedMessages: null,
    });
    expect(m.summary.details[0]).toContain("with no total limit, at most 1 AKT every day, until");
    expect(revokeDeposit({ granter: LEAD, grantee: MATE }).value).toEqual({
      granter: LEAD,
      grantee: MATE,
      msgTypeUrl: "/akash.escrow.v1.MsgAccountDeposit",
    });
  });
});
