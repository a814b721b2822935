// Amino converters for the authorized-spend messages (authz grant/revoke of a DepositAuthorization,
// feegrant grant/revoke of Basic, Periodic and AllowedMsg allowances), which cosmjs leaves out
// ("not_supported_by_chain" before SDK 0.46). The JSON follows x/tx aminojson on the node:
// messages and Any values named by their amino.name ("cosmos-sdk/MsgGrant", "akash/
// DepositAuthorization", "cosmos-sdk/BasicAllowance"…), Timestamp as RFC 3339 (fraction only when
// non-zero), Duration as quoted nanoseconds, coin lists with amino.dont_omitempty + legacy_coins
// written as [] when empty. Rules and sources: docs/decisions/amino-signing.md.
import type { AminoConverter } from "@cosmjs/stargate";
import {
  AllowedMsgAllowance,
  BasicAllowance,
  PeriodicAllowance,
} from "cosmjs-types/cosmos/feegrant/v1beta1/feegrant";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { BinaryReader } from "cosmjs-types/binary";
import { Coin as CoinCodec } from "cosmjs-types/cosmos/base/v1beta1/coin";
import {
  DEPOSIT_AUTHORIZATION,
  encodeDepositAuthorization,
  type DepositAuthorizationValue,
} from "../messages/deposit-authorization";
import {
  arr,
  coinFromAmino,
  coinToAmino,
  compact,
  obj,
  one,
  str,
  text,
  type CoinIn,
  type Json,
} from "./amino-fields";

const BASIC = "/cosmos.feegrant.v1beta1.BasicAllowance";
const PERIODIC = "/cosmos.feegrant.v1beta1.PeriodicAllowance";
const ALLOWED = "/cosmos.feegrant.v1beta1.AllowedMsgAllowance";

export function decodeDepositAuthorization(bytes: Uint8Array): DepositAuthorizationValue {
  const r = new BinaryReader(bytes);
  const out: DepositAuthorizationValue = {
    spendLimit: { denom: "", amount: "" },
    scopes: [],
    spendLimits: [],
  };
  while (r.pos < r.len) {
    const tag = r.uint32();
    const no = tag >>> 3;
    if (no === 1) out.spendLimit = CoinCodec.decode(r, r.uint32());
    else if (no === 3) out.spendLimits.push(CoinCodec.decode(r, r.uint32()));
    else if (no === 2 && (tag & 7) === 2) {
      const end = r.uint32() + r.pos;
      while (r.pos < end) out.scopes.push(r.int32());
    } else if (no === 2) out.scopes.push(r.int32());
    else r.skipType(tag & 7);
  }
  return out;
}

/** marshalTimestamp: RFC 3339 in UTC, RFC3339Nano when there are nanoseconds. */
export function timestampToAmino(t: Timestamp): string {
  if (t.nanos < 0) throw new Error("nanos must be non-negative on timestamp");
  const base = new Date(Number(t.seconds) * 1000).toISOString().slice(0, 19);
  const frac = t.nanos ? `.${String(t.nanos).padStart(9, "0").replace(/0+$/, "")}` : "";
  return `${base}${frac}Z`;
}

export function timestampFromAmino(s: string): Timestamp {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/.exec(s);
  if (!m) throw new Error(`Not an RFC 3339 UTC time: ${s}`);
  return {
    seconds: BigInt(Date.parse(`${m[1]}Z`) / 1000),
    nanos: Number((m[2] ?? "").padEnd(9, "0") || "0"),
  };
}

const legacyCoins = (cs: readonly CoinIn[] | undefined) => (cs ?? []).map(coinToAmino);
const coinsFromAmino = (j: Json, k: string) => arr(j, k).map((c) => coinFromAmino(c as Json));
const ts = (j: Json, k: string) => (typeof j[k] === "string" ? timestampFromAmino(j[k]) : undefined);

function basicToAmino(b: BasicAllowance): Json {
  return compact({ spend_limit: legacyCoins(b.spendLimit), expiration: one(b.expiration, timestampToAmino) });
}
const basicFromAmino = (j: Json): BasicAllowance => ({
  spendLimit: coinsFromAmino(j, "spend_limit"),
  expiration: ts(j, "expiration"),
});

/** An Any inside a message, as x/tx writes it: {type: amino.name, value}. */
export function anyToAmino(any: Any): Json {
  switch (any.typeUrl) {
    case DEPOSIT_AUTHORIZATION: {
      const a = decodeDepositAuthorization(any.value);
      const value = compact({
        spend_limit: coinToAmino(a.spendLimit),
        scopes: a.scopes.length ? a.scopes : undefined,
        spend_limits: legacyCoins(a.spendLimits),
      });
      return { type: "akash/DepositAuthorization", value };
    }
    case BASIC:
      return { type: "cosmos-sdk/BasicAllowance", value: basicToAmino(BasicAllowance.decode(any.value)) };
    case PERIODIC: {
      const p = PeriodicAllowance.decode(any.value);
      const nanos = p.period.seconds * 1_000_000_000n + BigInt(p.period.nanos);
      const value = {
        basic: basicToAmino(p.basic),
        period: nanos.toString(),
        period_spend_limit: legacyCoins(p.periodSpendLimit),
        period_can_spend: legacyCoins(p.periodCanSpend),
        period_reset: timestampToAmino(p.periodReset),
      };
      return { type: "cosmos-sdk/PeriodicAllowance", value };
    }
    case ALLOWED: {
      const a = AllowedMsgAllowance.decode(any.value);
      const value = compact({
        allowance: one(a.allowance, anyToAmino),
        allowed_messages: a.allowedMessages.length ? a.allowedMessages : undefined,
      });
      return { type: "cosmos-sdk/AllowedMsgAllowance", value };
    }
    default:
      throw new Error(`No amino form for ${any.typeUrl}`);
  }
}

export function anyFromAmino(j: Json): Any {
  const v = obj(j, "value") ?? {};
  switch (j.type) {
    case "akash/DepositAuthorization": {
      const value = encodeDepositAuthorization({
        spendLimit: coinFromAmino(obj(v, "spend_limit") ?? {}),
        scopes: arr(v, "scopes").map(Number),
        spendLimits: coinsFromAmino(v, "spend_limits"),
      });
      return { typeUrl: DEPOSIT_AUTHORIZATION, value };
    }
    case "cosmos-sdk/BasicAllowance":
      return { typeUrl: BASIC, value: BasicAllowance.encode(basicFromAmino(v)).finish() };
    case "cosmos-sdk/PeriodicAllowance": {
      const nanos = BigInt(str(v, "period") || "0");
      const p: PeriodicAllowance = {
        basic: basicFromAmino(obj(v, "basic") ?? {}),
        period: { seconds: nanos / 1_000_000_000n, nanos: Number(nanos % 1_000_000_000n) },
        periodSpendLimit: coinsFromAmino(v, "period_spend_limit"),
        periodCanSpend: coinsFromAmino(v, "period_can_spend"),
        periodReset: ts(v, "period_reset") ?? { seconds: 0n, nanos: 0 },
      };
      return { typeUrl: PERIODIC, value: PeriodicAllowance.encode(p).finish() };
    }
    case "cosmos-sdk/AllowedMsgAllowance": {
      const inner = obj(v, "allowance");
      const a: AllowedMsgAllowance = {
        allowance: inner ? anyFromAmino(inner) : undefined,
        allowedMessages: arr(v, "allowed_messages").map(String),
      };
      return { typeUrl: ALLOWED, value: AllowedMsgAllowance.encode(a).finish() };
    }
    default:
      throw new Error(`Unknown amino type ${String(j.type)}`);
  }
}

interface GrantIn {
  granter?: string;
  grantee?: string;
  grant?: { authorization?: Any; expiration?: Timestamp } | null;
}

const grant: AminoConverter = {
  aminoType: "cosmos-sdk/MsgGrant",
  toAmino: (m: GrantIn) =>
    compact({
      granter: text(m.granter),
      grantee: text(m.grantee),
      // dont_omitempty: written even when empty
      grant: compact({
        authorization: one(m.grant?.authorization, anyToAmino),
        expiration: one(m.grant?.expiration, timestampToAmino),
      }),
    }),
  fromAmino: (j: Json) => {
    const g = obj(j, "grant") ?? {};
    const auth = obj(g, "authorization");
    return {
      granter: str(j, "granter"),
      grantee: str(j, "grantee"),
      grant: { authorization: auth ? anyFromAmino(auth) : undefined, expiration: ts(g, "expiration") },
    };
  },
};

const revoke: AminoConverter = {
  aminoType: "cosmos-sdk/MsgRevoke",
  toAmino: (m: { granter?: string; grantee?: string; msgTypeUrl?: string }) =>
    compact({ granter: text(m.granter), grantee: text(m.grantee), msg_type_url: text(m.msgTypeUrl) }),
  fromAmino: (j: Json) => ({
    granter: str(j, "granter"),
    grantee: str(j, "grantee"),
    msgTypeUrl: str(j, "msg_type_url"),
  }),
};

const grantAllowance: AminoConverter = {
  aminoType: "cosmos-sdk/MsgGrantAllowance",
  toAmino: (m: { granter?: string; grantee?: string; allowance?: Any }) =>
    compact({ granter: text(m.granter), grantee: text(m.grantee), allowance: one(m.allowance, anyToAmino) }),
  fromAmino: (j: Json) => {
    const a = obj(j, "allowance");
    return {
      granter: str(j, "granter"),
      grantee: str(j, "grantee"),
      allowance: a ? anyFromAmino(a) : undefined,
    };
  },
};

const revokeAllowance: AminoConverter = {
  aminoType: "cosmos-sdk/MsgRevokeAllowance",
  toAmino: (m: { granter?: string; grantee?: string }) =>
    compact({ granter: text(m.granter), grantee: text(m.grantee) }),
  fromAmino: (j: Json) => ({ granter: str(j, "granter"), grantee: str(j, "grantee") }),
};

export function createAuthzAminoConverters(): Record<string, AminoConverter> {
  return {
    "/cosmos.authz.v1beta1.MsgGrant": grant,
    "/cosmos.authz.v1beta1.MsgRevoke": revoke,
    "/cosmos.feegrant.v1beta1.MsgGrantAllowance": grantAllowance,
    "/cosmos.feegrant.v1beta1.MsgRevokeAllowance": revokeAllowance,
  };
}
