// x/authz: grants (generic, send, and Akash's DepositAuthorization), revocation, and MsgExec,
// whose inner messages run with the granter as signer after the authorization accepts them.

import { MsgGrant, MsgRevoke, MsgExec, MsgExecResponse } from "cosmjs-types/cosmos/authz/v1beta1/tx";
import { GenericAuthorization } from "cosmjs-types/cosmos/authz/v1beta1/authz";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { MsgAccountDeposit } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { emit, type ExecContext } from "../chain/context.ts";
import { AuthzErr, SdkErr } from "../chain/errors.ts";
import { DepositAuthorization, DEPOSIT_AUTHORIZATION_URL } from "../codec/deposit-authorization.ts";
import { keys } from "../state/chain-state.ts";
import { ensureAccount } from "./auth.ts";
import { acceptSend, SEND_AUTHZ_URL, validateSendAuthorization } from "./authz-send.ts";
import { requireAddress } from "./deployment.ts";
import { tryAcceptDeposit, validateDepositAuthorization } from "./deposit-authz.ts";
import { DEPOSIT_AUTHZ_URL, saveDepositGrant } from "./escrow-deposits.ts";
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
    case DEPOSIT_AUTHORIZATION_URL:
      return DEPOSIT_AUTHZ_URL;
    case "/cosmos.bank.v1beta1.SendAuthorization":
      return "/cosmos.bank.v1beta1.MsgSend";
    case "/cosmos.authz.v1beta1.GenericAuthorization":
      return GenericAuthorization.decode(auth.value).msg;
    default:
      throw AuthzErr.noAuthorization(`unknown authorization type ${auth.typeUrl}`);
  }
}

/** Grant.ValidateBasic → Authorization.ValidateBasic, and the stored form the node re-marshals. */
function validated(auth: Any): Any {
  if (auth.typeUrl === DEPOSIT_AUTHORIZATION_URL) {
    let d;
    try {
      d = DepositAuthorization.decode(auth.value);
    } catch (e) {
      throw SdkErr.txDecode(`cannot decode DepositAuthorization: ${(e as Error).message}`);
    }
    validateDepositAuthorization(d);
    return { typeUrl: auth.typeUrl, value: DepositAuthorization.encode(d) };
  }
  if (auth.typeUrl === SEND_AUTHZ_URL) validateSendAuthorization(auth);
  return auth;
}

export const msgGrant: MsgHandler<MsgGrant> = {
  typeUrl: "/cosmos.authz.v1beta1.MsgGrant",
  codec: MsgGrant,
  signers: (m) => [m.granter],
  handle(ctx, m) {
    if (m.granter.toLowerCase() === m.grantee.toLowerCase()) throw AuthzErr.granteeIsGranter();
    requireAddress(m.grantee);
    requireAddress(m.granter);
    const given = m.grant?.authorization;
    if (!given) throw SdkErr.invalidType("authorization is nil");
    const typeUrl = authorizationMsgType(given);
    const auth = validated(given);
    // As x/authz does: the grantee's account exists from now on, so it can sign (fees by allowance).
    ensureAccount(ctx.state, m.grantee);
    const exp = m.grant?.expiration;
    if (exp && Number(exp.seconds) * 1000 + Math.floor(exp.nanos / 1e6) <= ctx.time.getTime())
      throw AuthzErr.invalidExpiration("expiration must be after the current block time");
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

/** Authorization.Accept for the grant types we know; updates or deletes the grant (DispatchActions). */
function accept(ctx: ExecContext, key: string, auth: Any, msg: Any): void {
  const g = ctx.state.grants.get(key);
  if (auth.typeUrl === DEPOSIT_AUTHORIZATION_URL) {
    if (msg.typeUrl !== DEPOSIT_AUTHZ_URL)
      throw SdkErr.invalidType(`"${msg.typeUrl}" is unsupported authorization msg for deposit`);
    const m = MsgAccountDeposit.decode(msg.value);
    const amount = m.deposit?.amount;
    const resp = tryAcceptDeposit(
      DepositAuthorization.decode(auth.value),
      m.id?.scope ?? 0,
      { denom: amount?.denom ?? "", amount: BigInt(amount?.amount || "0") },
      false,
    );
    if (!resp.accept) throw SdkErr.unauthorized();
    if (resp.delete) ctx.state.grants.delete(key);
    else if (g) saveDepositGrant(ctx, key, g, resp.updated);
  } else if (auth.typeUrl === SEND_AUTHZ_URL) {
    const r = acceptSend(auth, msg);
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
