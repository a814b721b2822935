// x/bank SendAuthorization as the SDK implements it (x/bank/types/send_authorization.go), plus
// the x/authz BeginBlocker that prunes expired grants (keeper.DequeueAndDeleteExpiredGrants).
import { SendAuthorization } from "cosmjs-types/cosmos/bank/v1beta1/authz";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { ExecContext } from "../chain/context.ts";
import { SdkErr } from "../chain/errors.ts";

export const SEND_AUTHZ_URL = "/cosmos.bank.v1beta1.SendAuthorization";

type Coins = { denom: string; amount: string }[];

/** SendAuthorization.ValidateBasic, run when the grant is made. */
export function validateSendAuthorization(auth: Any): void {
  const a = SendAuthorization.decode(auth.value);
  if (a.spendLimit.length === 0) throw SdkErr.invalidCoins("spend limit cannot be nil");
  if (!a.spendLimit.every((c) => BigInt(c.amount || "0") > 0n))
    throw SdkErr.invalidCoins("spend limit must be positive");
  if (new Set(a.allowList).size !== a.allowList.length)
    throw SdkErr.invalidRequest("duplicate entry in allow list");
}

/** Coins.SafeSub: per denom limit − amount; negative when any denom goes below zero or is missing. */
function safeSub(limit: Coins, amount: Coins): { left: Coins; negative: boolean } {
  const left = new Map(limit.map((c) => [c.denom, BigInt(c.amount)]));
  let negative = false;
  for (const c of amount) {
    const v = (left.get(c.denom) ?? 0n) - BigInt(c.amount);
    if (v < 0n) negative = true;
    left.set(c.denom, v);
  }
  const out = [...left]
    .filter(([, v]) => v !== 0n)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([denom, v]) => ({ denom, amount: v.toString() }));
  return { left: out, negative };
}

export type AcceptResult = { delete: true } | { delete: false; updated: Any };

/** SendAuthorization.Accept: the spend limit shrinks by what is sent; the grant goes when used up. */
export function acceptSend(auth: Any, msg: Any): AcceptResult {
  if (msg.typeUrl !== "/cosmos.bank.v1beta1.MsgSend") throw SdkErr.invalidRequest("type mismatch");
  const a = SendAuthorization.decode(auth.value);
  const send = MsgSend.decode(msg.value);
  const { left, negative } = safeSub(a.spendLimit, send.amount);
  if (negative) throw SdkErr.insufficientFunds("requested amount is more than spend limit");
  if (a.allowList.length > 0 && !a.allowList.includes(send.toAddress))
    throw SdkErr.unauthorized(`cannot send to ${send.toAddress} address`);
  if (left.length === 0) return { delete: true };
  const value = SendAuthorization.encode({ spendLimit: left, allowList: a.allowList }).finish();
  return { delete: false, updated: { typeUrl: SEND_AUTHZ_URL, value } };
}

/**
 * x/authz BeginBlocker: grants whose expiration is at or before the block time are deleted, so an
 * exec on an expired grant finds no grant (code 2), as on mainnet.
 */
export function pruneExpiredGrants(ctx: ExecContext): void {
  const now = ctx.time.getTime();
  for (const { key, value } of ctx.state.grants.list()) {
    const exp = value.expiration;
    if (!exp) continue;
    const ms = Number(exp.seconds) * 1000 + Math.floor(exp.nanos / 1e6);
    if (ms <= now) ctx.state.grants.delete(key);
  }
}
