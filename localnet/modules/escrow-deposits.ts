// Where escrow deposits come from (node v2.1 x/escrow/keeper AuthorizeDeposits): the message's
// `sources` in order; `grant` spends the DepositAuthorization grants held by the signer (granters
// in address-byte order, expired ones skipped, each accepting what it has left; the updated grant
// is saved even when used up), `balance` the signer's spendable coins. The depositor recorded for
// a grant-sourced deposit is the granter. On close, a grant-sourced remainder goes back to its
// granter and is added to the grant the account owner holds from them (keeper saveAccount).

import { fromBech32, toHex } from "@cosmjs/encoding";
import { Source, type Scope } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import type { Grant } from "cosmjs-types/cosmos/authz/v1beta1/authz";
import type { ExecContext } from "../chain/context.ts";
import { AuthzErr, MarketErr } from "../chain/errors.ts";
import {
  DepositAuthorization,
  DEPOSIT_AUTHORIZATION_URL,
  type DepositAuth,
} from "../codec/deposit-authorization.ts";
import { keys, parseGrantKey } from "../state/chain-state.ts";
import { balanceOf, type CoinAmount } from "./bank.ts";
import { restoreDeposit, spendableOf, tryAcceptDeposit } from "./deposit-authz.ts";

export const DEPOSIT_AUTHZ_URL = "/akash.escrow.v1.MsgAccountDeposit";

export interface Depositor {
  owner: string;
  source: Source;
  amount: CoinAmount;
}

const expirationMs = (g: Grant) =>
  g.expiration ? Number(g.expiration.seconds) * 1000 + Math.floor(g.expiration.nanos / 1e6) : null;

/** Resolves `sources` (in order) into depositors; the remainder must reach zero. */
export function authorizeDeposits(
  ctx: ExecContext,
  signer: string,
  amount: CoinAmount,
  sources: Source[],
  scope: Scope,
): Depositor[] {
  const out: Depositor[] = [];
  let remainder = amount.amount;
  for (const source of sources) {
    if (source === Source.balance) {
      const spendable = balanceOf(ctx.state, signer, amount.denom);
      if (spendable > 0n) {
        const take = spendable < remainder ? spendable : remainder;
        out.push({ owner: signer, source, amount: { denom: amount.denom, amount: take } });
        remainder -= take;
      }
    } else if (source === Source.grant) {
      remainder = spendGrants(ctx, signer, amount.denom, remainder, scope, out);
    }
    if (remainder === 0n) break;
  }
  if (remainder !== 0n) throw MarketErr.invalidDeposit("insufficient balance");
  return out;
}

/** The grantee's live DepositAuthorization grants, in the order the node's index iterates them. */
function depositGrantsOf(ctx: ExecContext, grantee: string) {
  const now = ctx.time.getTime();
  return ctx.state.grants
    .list()
    .map(({ key, value }) => ({ key, grant: value, ...parseGrantKey(key) }))
    .filter((g) => g.grantee === grantee && g.typeUrl === DEPOSIT_AUTHZ_URL && g.grant.authorization)
    .filter((g) => {
      const exp = expirationMs(g.grant);
      // An expired grant is skipped; one expiring at this block time cannot be saved back.
      return exp === null || exp > now;
    })
    .map((g) => ({ ...g, order: toHex(fromBech32(g.granter).data) }))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
}

function spendGrants(
  ctx: ExecContext,
  grantee: string,
  denom: string,
  want: bigint,
  scope: Scope,
  out: Depositor[],
): bigint {
  let remainder = want;
  for (const g of depositGrantsOf(ctx, grantee)) {
    let auth: DepositAuth;
    try {
      auth = DepositAuthorization.decode(g.grant.authorization!.value);
    } catch {
      continue;
    }
    if (spendableOf(auth).length === 0) continue;
    let taken: bigint;
    try {
      const resp = tryAcceptDeposit(auth, scope, { denom, amount: remainder }, true);
      if (!resp.accept) continue;
      // Delete is ignored: a later close may give funds back to this very grant.
      saveDepositGrant(ctx, g.key, g.grant, resp.updated);
      const before = spendableOf(auth).find((c) => c.denom === denom)?.amount ?? 0n;
      const after = resp.updated.spendLimits.find((c) => c.denom === denom)?.amount ?? 0n;
      taken = before - after;
    } catch {
      // The node's callback returns false on any refusal (scope, limit) and moves to the next grant.
      continue;
    }
    if (taken <= 0n) continue;
    out.push({ owner: g.granter, source: Source.grant, amount: { denom, amount: taken } });
    remainder -= taken;
    if (remainder === 0n) break;
  }
  return remainder;
}

export function saveDepositGrant(ctx: ExecContext, key: string, grant: Grant, auth: DepositAuth): void {
  ctx.state.grants.set(key, {
    ...grant,
    authorization: { typeUrl: DEPOSIT_AUTHORIZATION_URL, value: DepositAuthorization.encode(auth) },
  });
}

/**
 * saveAccount's give-back: the grant `owner` (grantee) holds from `depositor` (granter) grows by
 * the refund. An expired or missing grant is left alone; one expiring at this very block time
 * cannot be saved again (authz NewGrant), which fails the transaction as on the node.
 */
export function restoreGrant(ctx: ExecContext, depositor: string, owner: string, amount: CoinAmount): void {
  const key = keys.grant(depositor, owner, DEPOSIT_AUTHZ_URL);
  const grant = ctx.state.grants.get(key);
  if (!grant?.authorization || grant.authorization.typeUrl !== DEPOSIT_AUTHORIZATION_URL) return;
  const exp = expirationMs(grant);
  if (exp !== null && exp < ctx.time.getTime()) return;
  if (exp !== null && exp === ctx.time.getTime())
    throw AuthzErr.invalidExpiration("expiration must be after the current block time");
  const auth = DepositAuthorization.decode(grant.authorization.value);
  saveDepositGrant(ctx, key, grant, restoreDeposit(auth, amount));
}
