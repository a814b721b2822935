// akash.escrow.v1.DepositAuthorization as node v2.1 reads it. chain-sdk 1.0.0-alpha.25's codec
// predates `spend_limits` (field 3), so this one writes the wire itself:
//   spend_limit  = 1 Coin (deprecated: the node refuses a non-zero one; written as 0 of the denom)
//   scopes       = 2 repeated enum, one tag each as chain-sdk writes it (deployment = 1, bid = 2)
//   spend_limits = 3 repeated Coin, sorted by denom
// Console sets spend_limit {uact, "0"} and spend_limits [{uact, limit}], scopes [deployment].
import type { Coin } from "../types";
import { coinBytes, ProtoWriter } from "./proto-wire";

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
  const w = new ProtoWriter().len(1, coinBytes(a.spendLimit)).repeatedInt(2, a.scopes);
  for (const c of a.spendLimits) w.len(3, coinBytes(c));
  return w.finish();
}

/** A grant of up to `limit` for deployment deposits, written the way the node v2.1 expects. */
export function depositAuthorizationFor(limit: Coin): DepositAuthorizationValue {
  return {
    spendLimit: { denom: limit.denom, amount: "0" },
    scopes: [DEPOSIT_SCOPE.deployment],
    spendLimits: [limit],
  };
}
