// x/feegrant queries (keeper/grpc_query.go): one allowance by granter and grantee, a grantee's
// allowances, a granter's issued allowances. The gateway prints the allowance Any with "@type",
// coins as {denom, amount}, timestamps as RFC 3339, durations as "86400s".

import {
  QueryAllowanceRequest,
  QueryAllowanceResponse,
  QueryAllowancesByGranterRequest,
  QueryAllowancesByGranterResponse,
  QueryAllowancesRequest,
  QueryAllowancesResponse,
} from "cosmjs-types/cosmos/feegrant/v1beta1/query";
import {
  AllowedMsgAllowance,
  BasicAllowance,
  PeriodicAllowance,
  type Grant,
} from "cosmjs-types/cosmos/feegrant/v1beta1/feegrant";
import type { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { toBase64 } from "@cosmjs/encoding";
import Long from "long";
import type { Chain } from "../chain/app.ts";
import { Duration } from "../codec/reclamation.ts";
import { ALLOWED_MSG_URL, BASIC_URL, PERIODIC_URL } from "../modules/feegrant-allowance.ts";
import { getFeeAllowance } from "../modules/feegrant.ts";
import { paginate } from "./pagination.ts";
import { def, Grpc, QueryError } from "./types.ts";

/** Go's time.Time JSON (RFC 3339, fraction only when non-zero). */
export function timestampJson(t: Timestamp | undefined): string | null {
  if (!t) return null;
  const iso = new Date(Number(t.seconds) * 1000).toISOString().replace(".000Z", "");
  const frac = t.nanos ? `.${String(t.nanos).padStart(9, "0").replace(/0+$/, "")}` : "";
  return `${iso.replace(/Z$/, "")}${frac}Z`;
}

const coins = (cs: { denom: string; amount: string }[]) =>
  cs.map((c) => ({ denom: c.denom, amount: c.amount }));

function basicJson(a: BasicAllowance) {
  return { spend_limit: coins(a.spendLimit), expiration: timestampJson(a.expiration) };
}

export function allowanceJson(any: Any | undefined): Record<string, unknown> | null {
  if (!any) return null;
  if (any.typeUrl === BASIC_URL)
    return { "@type": any.typeUrl, ...basicJson(BasicAllowance.decode(any.value)) };
  if (any.typeUrl === PERIODIC_URL) {
    const p = PeriodicAllowance.decode(any.value);
    return {
      "@type": any.typeUrl,
      basic: basicJson(p.basic),
      period: Duration.toJSON({ seconds: p.period.seconds, nanos: p.period.nanos }),
      period_spend_limit: coins(p.periodSpendLimit),
      period_can_spend: coins(p.periodCanSpend),
      period_reset: timestampJson(p.periodReset),
    };
  }
  if (any.typeUrl === ALLOWED_MSG_URL) {
    const a = AllowedMsgAllowance.decode(any.value);
    return {
      "@type": any.typeUrl,
      allowance: allowanceJson(a.allowance),
      allowed_messages: a.allowedMessages,
    };
  }
  return { "@type": any.typeUrl };
}

const grantJson = (g: Grant) => ({
  granter: g.granter,
  grantee: g.grantee,
  allowance: allowanceJson(g.allowance),
});

function page(chain: Chain, pred: (g: Grant) => boolean, req: PageRequest | undefined) {
  const items = chain.state.feeAllowances.list().filter((e) => pred(e.value));
  const { page: grants, pagination } = paginate(
    items,
    req && {
      key: req.key,
      offset: Long.fromString(req.offset.toString()),
      limit: Long.fromString(req.limit.toString()),
      countTotal: req.countTotal,
      reverse: req.reverse,
    },
  );
  return {
    allowances: grants,
    pagination: { nextKey: pagination.nextKey, total: BigInt(pagination.total.toString()) },
  };
}

const pageJson = (p: { nextKey: Uint8Array; total: bigint } | undefined) => ({
  next_key: p && p.nextKey.length ? toBase64(p.nextKey) : null,
  total: (p?.total ?? 0n).toString(),
});

const listJson = (
  _c: Chain,
  res: { allowances: Grant[]; pagination?: { nextKey: Uint8Array; total: bigint } },
) => ({
  allowances: res.allowances.map(grantJson),
  pagination: pageJson(res.pagination),
});

export const feegrantQueries = [
  def({
    path: "/cosmos.feegrant.v1beta1.Query/Allowance",
    rest: ["/cosmos/feegrant/v1beta1/allowance/{granter}/{grantee}"],
    req: QueryAllowanceRequest,
    res: QueryAllowanceResponse,
    run(chain, req) {
      const g = getFeeAllowance(chain.state, req.granter, req.grantee);
      // The keeper's NotFound is reported as codes.Internal by this query (grpc_query.go).
      if (!g) throw new QueryError(Grpc.Internal, "fee-grant not found: not found");
      return { allowance: g };
    },
    restJson: (_c, res) => ({ allowance: res.allowance ? grantJson(res.allowance) : null }),
  }),
  def({
    path: "/cosmos.feegrant.v1beta1.Query/Allowances",
    rest: ["/cosmos/feegrant/v1beta1/allowances/{grantee}"],
    req: QueryAllowancesRequest,
    res: QueryAllowancesResponse,
    run: (chain, req) => page(chain, (g) => g.grantee === req.grantee, req.pagination),
    restJson: listJson,
  }),
  def({
    path: "/cosmos.feegrant.v1beta1.Query/AllowancesByGranter",
    rest: ["/cosmos/feegrant/v1beta1/issued/{granter}"],
    req: QueryAllowancesByGranterRequest,
    res: QueryAllowancesByGranterResponse,
    run: (chain, req) => page(chain, (g) => g.granter === req.granter, req.pagination),
    restJson: listJson,
  }),
];
