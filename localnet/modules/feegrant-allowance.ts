// The three fee allowances of x/feegrant (cosmossdk.io/x/feegrant basic_fee.go, periodic_fee.go,
// filtered_fee.go): ValidateBasic when granted, Accept when a transaction's fee is paid from one.
// Accept returns the allowance as it must be stored afterwards, or `remove` when it is used up.

import {
  AllowedMsgAllowance,
  BasicAllowance,
  PeriodicAllowance,
} from "cosmjs-types/cosmos/feegrant/v1beta1/feegrant";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { FeegrantErr, SdkErr } from "../chain/errors.ts";
import { coinsString, coinsValid, fromProtoCoins, safeSubCoins, toProtoCoins, type Coin } from "./coins.ts";

export const BASIC_URL = "/cosmos.feegrant.v1beta1.BasicAllowance";
export const PERIODIC_URL = "/cosmos.feegrant.v1beta1.PeriodicAllowance";
export const ALLOWED_MSG_URL = "/cosmos.feegrant.v1beta1.AllowedMsgAllowance";

const NS = 1_000_000_000n;
export const tsNanos = (t: Timestamp): bigint => t.seconds * NS + BigInt(t.nanos);
const fromNanos = (ns: bigint): Timestamp => ({ seconds: ns / NS, nanos: Number(ns % NS) });

function decode<T>(codec: { decode(b: Uint8Array): T }, any: Any): T {
  try {
    return codec.decode(any.value);
  } catch (e) {
    throw SdkErr.txDecode(`cannot decode ${any.typeUrl}: ${(e as Error).message}`);
  }
}

function validateBasic(a: BasicAllowance): void {
  const limit = fromProtoCoins(a.spendLimit);
  if (limit.length > 0 && !coinsValid(limit))
    throw SdkErr.invalidCoins(`send amount is invalid: ${coinsString(limit)}`);
  if (a.expiration && a.expiration.seconds < 0n)
    throw FeegrantErr.invalidDuration("expiration time cannot be negative");
}

function validatePeriodic(a: PeriodicAllowance): void {
  validateBasic(a.basic);
  const period = fromProtoCoins(a.periodSpendLimit);
  const canSpend = fromProtoCoins(a.periodCanSpend);
  if (!coinsValid(period)) throw SdkErr.invalidCoins(`spend amount is invalid: ${coinsString(period)}`);
  if (period.length === 0) throw SdkErr.invalidCoins("spend limit must be positive");
  if (!coinsValid(canSpend))
    throw SdkErr.invalidCoins(`can spend amount is invalid: ${coinsString(canSpend)}`);
  const basic = fromProtoCoins(a.basic.spendLimit);
  if (basic.length > 0 && !period.every((c) => basic.some((b) => b.denom === c.denom)))
    throw SdkErr.invalidCoins("period spend limit has different currency than basic spend limit");
  if (a.period.seconds < 0n) throw FeegrantErr.invalidDuration("negative clock step");
}

/** The allowance's ValidateBasic; unknown types fail to unpack, as the node's codec would. */
export function validateAllowance(any: Any | undefined): void {
  if (!any) throw FeegrantErr.noAllowance("failed to get allowance");
  if (any.typeUrl === BASIC_URL) return validateBasic(decode(BasicAllowance, any));
  if (any.typeUrl === PERIODIC_URL) return validatePeriodic(decode(PeriodicAllowance, any));
  if (any.typeUrl === ALLOWED_MSG_URL) {
    const a = decode(AllowedMsgAllowance, any);
    if (!a.allowance) throw FeegrantErr.noAllowance("allowance should not be empty");
    if (a.allowedMessages.length === 0) throw FeegrantErr.noMessages("allowed messages shouldn't be empty");
    return validateAllowance(a.allowance);
  }
  throw SdkErr.txDecode(
    `no concrete type registered for type URL ${any.typeUrl} against interface *feegrant.FeeAllowanceI`,
  );
}

/** ExpiresAt(): the absolute expiration, for the pruning queue. */
export function expiresAt(any: Any): Timestamp | undefined {
  if (any.typeUrl === BASIC_URL) return decode(BasicAllowance, any).expiration;
  if (any.typeUrl === PERIODIC_URL) return decode(PeriodicAllowance, any).basic.expiration;
  if (any.typeUrl === ALLOWED_MSG_URL) {
    const inner = decode(AllowedMsgAllowance, any).allowance;
    return inner ? expiresAt(inner) : undefined;
  }
  return undefined;
}

export interface AcceptInput {
  blockTime: Date;
  fee: Coin[];
  msgTypeUrls: string[];
}

export interface Accepted {
  remove: boolean;
  updated: Any;
}

const nowNs = (d: Date) => BigInt(d.getTime()) * 1_000_000n;

function acceptBasic(a: BasicAllowance, input: AcceptInput): { remove: boolean; next: BasicAllowance } {
  if (a.expiration && tsNanos(a.expiration) < nowNs(input.blockTime))
    throw FeegrantErr.feeLimitExpired("basic allowance");
  if (a.spendLimit.length === 0) return { remove: false, next: a };
  const { left, negative } = safeSubCoins(fromProtoCoins(a.spendLimit), input.fee);
  if (negative) throw FeegrantErr.feeLimitExceeded("basic allowance");
  return { remove: left.length === 0, next: { ...a, spendLimit: toProtoCoins(left) } };
}

function resetPeriod(a: PeriodicAllowance, now: bigint): PeriodicAllowance {
  const reset = tsNanos(a.periodReset);
  if (now < reset) return a;
  const basic = fromProtoCoins(a.basic.spendLimit);
  const period = fromProtoCoins(a.periodSpendLimit);
  const capped = safeSubCoins(basic, period).negative && basic.length > 0;
  const step = a.period.seconds * NS + BigInt(a.period.nanos);
  let next = reset + step;
  if (now > next) next = now + step;
  return { ...a, periodCanSpend: toProtoCoins(capped ? basic : period), periodReset: fromNanos(next) };
}

function acceptPeriodic(
  a: PeriodicAllowance,
  input: AcceptInput,
): { remove: boolean; next: PeriodicAllowance } {
  const now = nowNs(input.blockTime);
  if (a.basic.expiration && now > tsNanos(a.basic.expiration))
    throw FeegrantErr.feeLimitExpired("absolute limit");
  const reset = resetPeriod(a, now);
  const period = safeSubCoins(fromProtoCoins(reset.periodCanSpend), input.fee);
  if (period.negative) throw FeegrantErr.feeLimitExceeded("period limit");
  const next = { ...reset, periodCanSpend: toProtoCoins(period.left) };
  if (a.basic.spendLimit.length === 0) return { remove: false, next };
  const abs = safeSubCoins(fromProtoCoins(a.basic.spendLimit), input.fee);
  if (abs.negative) throw FeegrantErr.feeLimitExceeded("absolute limit");
  return {
    remove: abs.left.length === 0,
    next: { ...next, basic: { ...a.basic, spendLimit: toProtoCoins(abs.left) } },
  };
}

/** FeeAllowanceI.Accept: throws the node's error, or gives the allowance to store (or remove). */
export function acceptAllowance(any: Any, input: AcceptInput): Accepted {
  if (any.typeUrl === BASIC_URL) {
    const r = acceptBasic(decode(BasicAllowance, any), input);
    return {
      remove: r.remove,
      updated: { typeUrl: BASIC_URL, value: BasicAllowance.encode(r.next).finish() },
    };
  }
  if (any.typeUrl === PERIODIC_URL) {
    const r = acceptPeriodic(decode(PeriodicAllowance, any), input);
    return {
      remove: r.remove,
      updated: { typeUrl: PERIODIC_URL, value: PeriodicAllowance.encode(r.next).finish() },
    };
  }
  if (any.typeUrl === ALLOWED_MSG_URL) {
    const a = decode(AllowedMsgAllowance, any);
    if (!input.msgTypeUrls.every((u) => a.allowedMessages.includes(u)))
      throw FeegrantErr.messageNotAllowed("message does not exist in allowed messages");
    if (!a.allowance) throw FeegrantErr.noAllowance("failed to get allowance");
    const inner = acceptAllowance(a.allowance, input);
    const value = AllowedMsgAllowance.encode({ ...a, allowance: inner.updated }).finish();
    return { remove: inner.remove, updated: { typeUrl: ALLOWED_MSG_URL, value } };
  }
  throw FeegrantErr.noAllowance("failed to get allowance");
}
