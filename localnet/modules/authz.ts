// x/authz: grants (generic, send, and Akash's DepositAuthorization), revocation, and MsgExec,
// whose inner messages run with the granter as signer after the authorization accepts them.

import { MsgGrant, MsgRevoke, MsgExec, MsgExecResponse } from "cosmjs-types/cosmos/authz/v1beta1/tx";
import { GenericAuthorization } from "cosmjs-types/cosmos/authz/v1beta1/authz";
import type { Any } from "cosmjs-types/google/protobuf/any";
import {
  DepositAuthorization,
  MsgAccountDeposit,
  Scope,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { emit, type ExecContext } from "../chain/context.ts";
import { AuthzErr, ChainError, EscrowErr, SdkErr } from "../chain/errors.ts";
import { keys } from "../state/chain-state.ts";
import { acceptSend, SEND_AUTHZ_URL, validateSendAuthorization } from "./authz-send.ts";
import { DEPOSIT_AUTHZ_URL } from "./escrow-deposits.ts";
import type { MsgHandler } from "./types.ts";

export interface InnerExecutor {
  signers(msg: Any): string[];
  execute(ctx: ExecContext, msg: Any): Uint8Array;
}
let executor: InnerExecutor | null = null;
/** The router registers itself here; authz cannot import it without an import cycle. */
export function setInnerExecutor(e: InnerExecutor): void {
  executor = e;
}

export function authorizationMsgType(auth: Any): string {
  switch (auth.typeUrl) {
    case "/akash.escrow.v1.DepositAuthorization":
      return DEPOSIT_AUTHZ_URL;
    case "/cosmos.bank.v1beta1.SendAuthorization":
      return "/cosmos.bank.v1beta1.MsgSend";
    case "/cosmos.authz.v1beta1.GenericAuthorization":
      return GenericAuthorization.decode(auth.value).msg;
    default:
      throw AuthzErr.noAuthorization(`unknown authorization type ${auth.typeUrl}`);
  }
}

export const msgGrant: MsgHandler<MsgGrant> = {
  typeUrl: "/cosmos.authz.v1beta1.MsgGrant",
  codec: MsgGrant,
  signers: (m) => [m.granter],
  handle(ctx, m) {
    if (m.granter === m.grantee) throw AuthzErr.granteeIsGranter();
    const auth = m.grant?.authorization;
    if (!auth) throw SdkErr.invalidRequest("missing authorization");
    const exp = m.grant?.expiration;
    if (exp && Number(exp.seconds) * 1000 <= ctx.time.getTime()) throw AuthzErr.invalidExpiration();
    if (auth.typeUrl === "/akash.escrow.v1.DepositAuthorization") {
      const d = DepositAuthorization.decode(auth.value);
      if (d.scopes.length === 0) throw new ChainError("escrow", 17, "empty scope: invalid authz scope");
      if (!d.spendLimit || BigInt(d.spendLimit.amount || "0") <= 0n)
        throw SdkErr.invalidCoins("spend limit cannot be negative");
    }
    if (auth.typeUrl === SEND_AUTHZ_URL) validateSendAuthorization(auth);
    const typeUrl = authorizationMsgType(auth);
    ctx.state.grants.set(keys.grant(m.granter, m.grantee, typeUrl), { authorization: auth, expiration: exp });
    emit(ctx, "cosmos.authz.v1beta1.EventGrant", {
      granter: JSON.stringify(m.granter),
      grantee: JSON.stringify(m.grantee),
      msg_type_url: JSON.stringify(typeUrl),
    });
  },
};

export const msgRevoke: MsgHandler<MsgRevoke> = {
  typeUrl: "/cosmos.authz.v1beta1.MsgRevoke",
  codec: MsgRevoke,
  signers: (m) => [m.granter],
  handle(ctx, m) {
    const key = keys.grant(m.granter, m.grantee, m.msgTypeUrl);
    if (!ctx.state.grants.has(key)) throw AuthzErr.noAuthorization();
    ctx.state.grants.delete(key);
    emit(ctx, "cosmos.authz.v1beta1.EventRevoke", {
      granter: JSON.stringify(m.granter),
      grantee: JSON.stringify(m.grantee),
      msg_type_url: JSON.stringify(m.msgTypeUrl),
    });
  },
};

/** Authorization.Accept for the grant types we know; updates or deletes the grant. */
function accept(ctx: ExecContext, key: string, auth: Any, msg: Any): void {
  if (auth.typeUrl === "/akash.escrow.v1.DepositAuthorization") {
    const d = DepositAuthorization.decode(auth.value);
    const m = MsgAccountDeposit.decode(msg.value);
    const scope = m.id?.scope === Scope.bid ? 2 : m.id?.scope === Scope.deployment ? 1 : 0;
    if (!d.scopes.includes(scope)) throw EscrowErr.unauthorizedDepositScope();
    const amt = m.deposit?.amount;
    if (!amt || !d.spendLimit || amt.denom !== d.spendLimit.denom)
      throw AuthzErr.noAuthorization("authorization not accepted");
    const left = BigInt(d.spendLimit.amount) - BigInt(amt.amount);
    if (left < 0n) throw SdkErr.insufficientFunds("requested amount is more than spend limit");
    if (left === 0n) {
      ctx.state.grants.delete(key);
      return;
    }
    const g = ctx.state.grants.get(key);
    const value = DepositAuthorization.encode({
      ...d,
      spendLimit: { denom: amt.denom, amount: left.toString() },
    }).finish();
    if (g) ctx.state.grants.set(key, { ...g, authorization: { typeUrl: auth.typeUrl, value } });
  } else if (auth.typeUrl === SEND_AUTHZ_URL) {
    const r = acceptSend(auth, msg);
    const g = ctx.state.grants.get(key);
    if (r.delete) ctx.state.grants.delete(key);
    else if (g) ctx.state.grants.set(key, { ...g, authorization: r.updated });
  }
}

export const msgExec: MsgHandler<MsgExec> = {
  typeUrl: "/cosmos.authz.v1beta1.MsgExec",
  codec: MsgExec,
  signers: (m) => [m.grantee],
  handle(ctx, m) {
    if (!executor) throw SdkErr.unknownRequest("authz executor not wired");
    if (m.msgs.length === 0) throw SdkErr.invalidRequest("empty msgs");
    const results: Uint8Array[] = [];
    for (const inner of m.msgs) {
      const [granter] = executor.signers(inner);
      if (!granter) throw SdkErr.invalidRequest("inner msg has no signer");
      if (granter !== m.grantee) {
        const key = keys.grant(granter, m.grantee, inner.typeUrl);
        const grant = ctx.state.grants.get(key);
        if (!grant?.authorization)
          throw AuthzErr.noAuthorization(
            `failed to get grant with given granter: ${granter}, grantee: ${m.grantee} & msgType: ${inner.typeUrl} `,
          );
        if (grant.expiration && Number(grant.expiration.seconds) * 1000 <= ctx.time.getTime())
          throw AuthzErr.expired();
        accept(ctx, key, grant.authorization, inner);
      }
      results.push(executor.execute(ctx, inner));
    }
    return MsgExecResponse.encode({ results }).finish();
  },
};
