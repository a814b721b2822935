// Descriptors for authorized spend: an authz DepositAuthorization (deposits into deployments from
// the granter's ACT, node v2.1 `spend_limits`) and x/feegrant allowances (Basic, Periodic,
// optionally limited to some message types), and their revocation. Granting again over an
// existing deposit grant replaces it (x/authz SaveGrant); a fee allowance cannot be granted twice,
// so an edit revokes and grants in one transaction.
import {
  anyBytes,
  coinBytes,
  DEPOSIT_AUTHORIZATION,
  DEPOSIT_AUTHORIZATION_MSG,
  depositAuthorizationFor,
  encodeDepositAuthorization,
  formatCoin,
  ProtoWriter,
  secondsBytes,
  type Coin,
  type TxMessage,
} from "@/features/transactions";
import { BASIC_ALLOWANCE, PERIODIC_ALLOWANCE, ALLOWED_MSG_ALLOWANCE } from "../api/grant-json";
import { shortAddr, untilText } from "../utils/describe";

export const MSG_GRANT = "/cosmos.authz.v1beta1.MsgGrant";
export const MSG_REVOKE = "/cosmos.authz.v1beta1.MsgRevoke";
export const MSG_GRANT_ALLOWANCE = "/cosmos.feegrant.v1beta1.MsgGrantAllowance";
export const MSG_REVOKE_ALLOWANCE = "/cosmos.feegrant.v1beta1.MsgRevokeAllowance";

/** google.protobuf.Timestamp in whole seconds: the chain compares expirations to block times. */
export interface Timestamp {
  seconds: bigint;
  nanos: number;
}
export const toTimestamp = (d: Date): Timestamp => ({
  seconds: BigInt(Math.floor(d.getTime() / 1000)),
  nanos: 0,
});

export function grantDeposit(p: {
  granter: string;
  grantee: string;
  limit: Coin;
  expiresAt: Date | null;
}): TxMessage {
  const value = encodeDepositAuthorization(depositAuthorizationFor(p.limit));
  return {
    typeUrl: MSG_GRANT,
    value: {
      granter: p.granter,
      grantee: p.grantee,
      grant: {
        authorization: { typeUrl: DEPOSIT_AUTHORIZATION, value },
        expiration: p.expiresAt ? toTimestamp(p.expiresAt) : undefined,
      },
    },
    summary: {
      title: `Let ${shortAddr(p.grantee)} fund deployments from your wallet`,
      details: [
        `${p.grantee} may deposit up to ${formatCoin(p.limit)} of yours into deployments, ${untilText(p.expiresAt)}. Nothing leaves your wallet until they deposit.`,
        "What their deployments do not spend comes back to you, and to this grant, when they close. You can revoke it at any time.",
        "A grant already given to this wallet is replaced by this one.",
      ],
      spends: [],
    },
  };
}

export function revokeDeposit(p: { granter: string; grantee: string }): TxMessage {
  return {
    typeUrl: MSG_REVOKE,
    value: { granter: p.granter, grantee: p.grantee, msgTypeUrl: DEPOSIT_AUTHORIZATION_MSG },
    summary: {
      title: `Revoke ${shortAddr(p.grantee)}'s deposit grant`,
      details: [
        `${p.grantee} can no longer deposit your ACT. Deposits already made stay in their deployments and come back to you when those close.`,
      ],
      spends: [],
    },
  };
}

export interface FeeAllowanceInput {
  granter: string;
  grantee: string;
  /** null: no total limit */
  spendLimit: Coin | null;
  expiresAt: Date | null;
  /** a periodic allowance: at most `limit` per `seconds` */
  period: { seconds: number; limit: Coin } | null;
  /** only these message types (AllowedMsgAllowance); null = any */
  allowedMessages: string[] | null;
  /** when the first period ends (periodic only); now + period by default, as the SDK's CLI does */
  now?: Date;
}

// cosmos.feegrant.v1beta1: BasicAllowance {spend_limit = 1 repeated Coin, expiration = 2};
// PeriodicAllowance {basic = 1, period = 2 Duration, period_spend_limit = 3, period_can_spend = 4,
// period_reset = 5}; AllowedMsgAllowance {allowance = 1 Any, allowed_messages = 2 repeated string}.
function basicBytes(p: FeeAllowanceInput): Uint8Array {
  const w = new ProtoWriter();
  if (p.spendLimit) w.len(1, coinBytes(p.spendLimit));
  if (p.expiresAt) w.len(2, secondsBytes(toTimestamp(p.expiresAt).seconds));
  return w.finish();
}

export function allowanceAny(p: FeeAllowanceInput): { typeUrl: string; value: Uint8Array } {
  let inner = { typeUrl: BASIC_ALLOWANCE, value: basicBytes(p) };
  if (p.period) {
    const reset = new Date((p.now ?? new Date()).getTime() + p.period.seconds * 1000);
    const value = new ProtoWriter()
      .len(1, inner.value)
      .len(2, secondsBytes(BigInt(p.period.seconds)))
      .len(3, coinBytes(p.period.limit))
      .len(4, coinBytes(p.period.limit))
      .len(5, secondsBytes(toTimestamp(reset).seconds))
      .finish();
    inner = { typeUrl: PERIODIC_ALLOWANCE, value };
  }
  if (!p.allowedMessages) return inner;
  const w = new ProtoWriter().len(1, anyBytes(inner.typeUrl, inner.value));
  for (const m of p.allowedMessages) w.len(2, new TextEncoder().encode(m));
  return { typeUrl: ALLOWED_MSG_ALLOWANCE, value: w.finish() };
}

export function grantFeeAllowance(p: FeeAllowanceInput): TxMessage {
  const limits = [
    p.spendLimit ? `up to ${formatCoin(p.spendLimit)} in total` : "with no total limit",
    p.period ? `at most ${formatCoin(p.period.limit)} every ${periodText(p.period.seconds)}` : null,
  ].filter(Boolean);
  return {
    typeUrl: MSG_GRANT_ALLOWANCE,
    value: { granter: p.granter, grantee: p.grantee, allowance: allowanceAny(p) },
    summary: {
      title: `Pay ${shortAddr(p.grantee)}'s network fees`,
      details: [
        `Your wallet pays the network fees of ${p.grantee}'s transactions, ${limits.join(", ")}, ${untilText(p.expiresAt)}.`,
        p.allowedMessages
          ? `Only for: ${p.allowedMessages.map((m) => m.split(".").pop()).join(", ")}.`
          : "For any transaction they sign.",
      ],
      spends: [],
    },
  };
}

export function revokeFeeAllowance(p: { granter: string; grantee: string }): TxMessage {
  return {
    typeUrl: MSG_REVOKE_ALLOWANCE,
    value: { granter: p.granter, grantee: p.grantee },
    summary: {
      title: `Stop paying ${shortAddr(p.grantee)}'s fees`,
      details: [`Your wallet no longer pays the network fees of ${p.grantee}.`],
      spends: [],
    },
  };
}

export function periodText(seconds: number): string {
  if (seconds % 86_400 === 0) return seconds === 86_400 ? "day" : `${seconds / 86_400} days`;
  if (seconds % 3_600 === 0) return seconds === 3_600 ? "hour" : `${seconds / 3_600} hours`;
  return `${seconds} s`;
}
