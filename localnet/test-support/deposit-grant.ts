// A DepositAuthorization as a node v2.1 client writes it, built with public codecs only (never
// localnet's own): chain-sdk alpha.25's codec for spend_limit (the deprecated field, zero) and
// scopes, and cosmjs-types' Coin for spend_limits (field 3), which alpha.25 does not know.

import { DepositAuthorization } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { BinaryWriter } from "cosmjs-types/binary";
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";

export const DEPOSIT_AUTHORIZATION = "/akash.escrow.v1.DepositAuthorization";

export function depositAuthorization(
  limits: { denom: string; amount: string }[],
  opts: { scopes?: number[]; legacyLimit?: { denom: string; amount: string } } = {},
): Uint8Array {
  const base = DepositAuthorization.encode(
    DepositAuthorization.fromPartial({
      spendLimit: opts.legacyLimit ?? { denom: "uakt", amount: "0" },
      scopes: opts.scopes ?? [1],
    }),
  ).finish();
  const w = new BinaryWriter();
  for (const c of limits) Coin.encode(c, w.uint32((3 << 3) | 2).fork()).ldelim();
  const extra = w.finish();
  const out = new Uint8Array(base.length + extra.length);
  out.set(base);
  out.set(extra, base.length);
  return out;
}

export function grantMsg(
  granter: string,
  grantee: string,
  limits: { denom: string; amount: string }[],
  opts: { scopes?: number[]; expiration?: Date } = {},
) {
  const expiration = opts.expiration
    ? { seconds: BigInt(Math.floor(opts.expiration.getTime() / 1000)), nanos: 0 }
    : undefined;
  return {
    typeUrl: "/cosmos.authz.v1beta1.MsgGrant",
    value: {
      granter,
      grantee,
      grant: {
        authorization: { typeUrl: DEPOSIT_AUTHORIZATION, value: depositAuthorization(limits, opts) },
        expiration,
      },
    },
  };
}
