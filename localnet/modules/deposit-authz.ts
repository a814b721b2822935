// DepositAuthorization's own rules (pkg.akt.dev/go v0.2.10 go/node/escrow/v1/authz.go), used by
// MsgGrant (ValidateBasic), MsgExec (Accept) and deposits sourced from grants (TryAccept with
// partial spends). The deprecated `spend_limit` must be zero on a new grant; a positive legacy one
// is folded into `spend_limits` when the grant is used.

import { ChainError, EscrowErr, SdkErr } from "../chain/errors.ts";
import type { DepositAuth } from "../codec/deposit-authorization.ts";
import { addCoins, amountOf, coinsValid, isValidDenom, safeSubCoins, type Coin } from "./coins.ts";

const SCOPE_DEPLOYMENT = 1;
const SCOPE_BID = 2;

const invalidAuthzScope = (detail: string) => new ChainError("escrow", 17, `${detail}: invalid authz scope`);

/** DepositAuthorization.ValidateBasic. */
export function validateDepositAuthorization(a: DepositAuth): void {
  if (a.scopes.length === 0) throw invalidAuthzScope("empty scope");
  const seen = new Set<number>();
  for (const s of a.scopes) {
    if (s !== SCOPE_DEPLOYMENT && s !== SCOPE_BID) throw invalidAuthzScope(`invalid scope "${s}"`);
    if (seen.has(s)) throw invalidAuthzScope(`duplicate scope "${s}"`);
    seen.add(s);
  }
  const legacy = a.spendLimit;
  if (legacy) {
    if (!isValidDenom(legacy.denom) || legacy.amount < 0n)
      throw SdkErr.invalidCoins("spend limit is not valid");
    if (legacy.amount !== 0n) throw SdkErr.invalidCoins("spend limit is deprecated and must be zero");
  }
  if (!coinsValid(a.spendLimits)) throw SdkErr.invalidCoins("spend limits are not valid");
}

/** GetSpendLimits() plus a positive legacy spend_limit: what the grant still allows, per denom. */
export function spendableOf(a: DepositAuth): Coin[] {
  const legacy = a.spendLimit && a.spendLimit.amount > 0n ? [a.spendLimit] : [];
  return addCoins(a.spendLimits, legacy);
}

export type AcceptResponse = { accept: false } | { accept: true; delete: boolean; updated: DepositAuth };

/**
 * TryAccept for a deposit of `amount` in `scope`. With `partial`, a limit below the amount
 * accepts what it has (grant-sourced deposits); without, it refuses with sdk code 5.
 */
export function tryAcceptDeposit(
  a: DepositAuth,
  scope: number,
  amount: Coin,
  partial: boolean,
): AcceptResponse {
  if (scope !== SCOPE_DEPLOYMENT && scope !== SCOPE_BID) throw EscrowErr.unauthorizedDepositScope();
  if (!a.scopes.includes(scope)) throw EscrowErr.unauthorizedDepositScope();
  const limits = spendableOf(a);
  if (!limits.some((c) => c.denom === amount.denom)) return { accept: false };
  const available = amountOf(limits, amount.denom);
  let spend = amount;
  if (available < amount.amount) {
    if (!partial) throw SdkErr.insufficientFunds();
    spend = { denom: amount.denom, amount: available };
  }
  const { left, negative } = safeSubCoins(limits, [spend]);
  if (negative) throw SdkErr.insufficientFunds("requested amount is more than spend limit");
  return {
    accept: true,
    delete: left.length === 0,
    updated: { scopes: a.scopes, spendLimit: { denom: "uakt", amount: 0n }, spendLimits: left },
  };
}

/** What closing an account gives back to a grant: the remainder joins `spend_limits`. */
export function restoreDeposit(a: DepositAuth, refund: Coin): DepositAuth {
  let limits = a.spendLimits;
  let legacy = a.spendLimit;
  if (legacy && legacy.amount > 0n) {
    limits = addCoins(limits, [legacy]);
    legacy = { denom: legacy.denom, amount: 0n };
  }
  return { ...a, spendLimit: legacy, spendLimits: addCoins(limits, [refund]) };
}
