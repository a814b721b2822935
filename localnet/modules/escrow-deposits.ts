// Where escrow deposits come from: the signer's balance and DepositAuthorization grants given to
// the signer, in the order of the message's `sources` (node x/escrow/keeper AuthorizeDeposits),
// and giving grant-funded remainders back to the grant when an account closes.

import { Source, type Scope, DepositAuthorization } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import type { Grant } from "cosmjs-types/cosmos/authz/v1beta1/authz";
import type { ExecContext } from "../chain/context.ts";
import { MarketErr } from "../chain/errors.ts";
import { keys, parseGrantKey } from "../state/chain-state.ts";
import { balanceOf, type CoinAmount } from "./bank.ts";

export const DEPOSIT_AUTHZ_URL = "/akash.escrow.v1.MsgAccountDeposit";

export interface Depositor {
  owner: string;
  source: Source;
  amount: CoinAmount;
}

/** Resolves `sources` (in order) into depositors, spending DepositAuthorization grants first. */
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
    if (remainder === 0n) break;
    if (source === Source.balance) {
      const spendable = balanceOf(ctx.state, signer, amount.denom);
      const take = spendable < remainder ? spendable : remainder;
      if (take > 0n) {
        out.push({ owner: signer, source, amount: { denom: amount.denom, amount: take } });
        remainder -= take;
      }
    } else if (source === Source.grant) {
      remainder = spendGrants(ctx, signer, amount.denom, remainder, scope, out);
    }
  }
  if (remainder !== 0n) throw MarketErr.invalidDeposit("insufficient balance");
  return out;
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
  for (const { key, value: grant } of ctx.state.grants.list()) {
    const { granter, grantee: g2, typeUrl } = parseGrantKey(key);
    if (g2 !== grantee || typeUrl !== DEPOSIT_AUTHZ_URL || !granter || !grant.authorization) continue;
    if (grant.expiration && Number(grant.expiration.seconds) * 1000 < ctx.time.getTime()) continue;
    const auth = DepositAuthorization.decode(grant.authorization.value);
    const scopeOk = auth.scopes.includes(scope as number);
    const limit = auth.spendLimit;
    if (!scopeOk || !limit || limit.denom !== denom || BigInt(limit.amount) === 0n) continue;
    const take = BigInt(limit.amount) < remainder ? BigInt(limit.amount) : remainder;
    auth.spendLimit = { denom, amount: (BigInt(limit.amount) - take).toString() };
    saveDepositGrant(ctx, key, grant, auth);
    out.push({ owner: granter, source: Source.grant, amount: { denom, amount: take } });
    remainder -= take;
    if (remainder === 0n) break;
  }
  return remainder;
}

function saveDepositGrant(ctx: ExecContext, key: string, grant: Grant, auth: DepositAuthorization): void {
  ctx.state.grants.set(key, {
    ...grant,
    authorization: {
      typeUrl: "/akash.escrow.v1.DepositAuthorization",
      value: DepositAuthorization.encode(auth).finish(),
    },
  });
}

export function restoreGrant(ctx: ExecContext, granter: string, grantee: string, amount: CoinAmount): void {
  const key = keys.grant(granter, grantee, DEPOSIT_AUTHZ_URL);
  const grant = ctx.state.grants.get(key);
  if (!grant?.authorization) return;
  const auth = DepositAuthorization.decode(grant.authorization.value);
  if (auth.spendLimit?.denom !== amount.denom) return;
  auth.spendLimit = {
    denom: amount.denom,
    amount: (BigInt(auth.spendLimit.amount) + amount.amount).toString(),
  };
  saveDepositGrant(ctx, key, grant, auth);
}
