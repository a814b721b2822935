// akash.escrow.v1.DepositAuthorization as node v2.1 reads it. chain-sdk 1.0.0-alpha.25's codec
// predates `spend_limits` (field 3), so this one writes the wire itself:
//   spend_limit  = 1 Coin (deprecated: the node refuses a non-zero one; written as 0 of the denom)
//   scopes       = 2 repeated enum, packed (deployment = 1, bid = 2)
//   spend_limits = 3 repeated Coin, sorted by denom
// Console sets spend_limit {uact, "0"} and spend_limits [{uact, limit}], scopes [deployment].
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { Coin as CoinCodec } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { Coin } from "../types";

export const DEPOSIT_AUTHORIZATION = "/akash.escrow.v1.DepositAuthorization";
/** the message a DepositAuthorization authorizes (its MsgTypeURL, what MsgRevoke names) */
export const DEPOSIT_AUTHORIZATION_MSG = "/akash.escrow.v1.MsgAccountDeposit";

export const DEPOSIT_SCOPE = { deployment: 1, bid: 2 } as const;

export interface DepositAuthorizationValue {
  spendLimit: Coin;
  scopes: number[];
  spendLimits: Coin[];
}

export function encodeDepositAuthorization(a: DepositAuthorizationValue): Uint8Array {
  const w = new BinaryWriter();
  CoinCodec.encode(a.spendLimit, w.uint32(10).fork()).ldelim();
  if (a.scopes.length) {
    w.uint32(18).fork();
    for (const s of a.scopes) w.int32(s);
    w.ldelim();
  }
  for (const c of a.spendLimits) CoinCodec.encode(c, w.uint32(26).fork()).ldelim();
  return w.finish();
}

export function decodeDepositAuthorization(bytes: Uint8Array): DepositAuthorizationValue {
  const r = new BinaryReader(bytes);
  const out: DepositAuthorizationValue = {
    spendLimit: { denom: "", amount: "" },
    scopes: [],
    spendLimits: [],
  };
  while (r.pos < r.len) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        out.spendLimit = CoinCodec.decode(r, r.uint32());
        break;
      case 2:
        if ((tag & 7) === 2) {
          const end = r.uint32() + r.pos;
          while (r.pos < end) out.scopes.push(r.int32());
        } else out.scopes.push(r.int32());
        break;
      case 3:
        out.spendLimits.push(CoinCodec.decode(r, r.uint32()));
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return out;
}

/** A grant of up to `limit` for deployment deposits, written the way the node v2.1 expects. */
export function depositAuthorizationFor(limit: Coin): DepositAuthorizationValue {
  return {
    spendLimit: { denom: limit.denom, amount: "0" },
    scopes: [DEPOSIT_SCOPE.deployment],
    spendLimits: [limit],
  };
}
