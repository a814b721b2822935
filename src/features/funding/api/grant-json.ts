// The gateway JSON of authz grants and fee allowances, and the views the pages use. Shapes are
// mainnet's (cosmos-sdk 0.53 gateway, node v2.1): an Any is {"@type", …fields}, times RFC 3339,
// durations "86400s". A DepositAuthorization's allowance per denom is `spend_limits` plus the
// deprecated `spend_limit` when positive (grants made before v2.1 carry only that one).
import * as z from "zod/mini";
import { coin, list, pageResponse, str, type RawCoin } from "@/lib/chain-json";

export const DEPOSIT_AUTHZ_TYPE = "/akash.escrow.v1.DepositAuthorization";
export const BASIC_ALLOWANCE = "/cosmos.feegrant.v1beta1.BasicAllowance";
export const PERIODIC_ALLOWANCE = "/cosmos.feegrant.v1beta1.PeriodicAllowance";
export const ALLOWED_MSG_ALLOWANCE = "/cosmos.feegrant.v1beta1.AllowedMsgAllowance";

const anyObject = z.looseObject({ "@type": z.string() });
const time = z.nullish(z.string());

export const grantAuthorizationsResponse = z.object({
  grants: list(
    z.object({ granter: z.string(), grantee: z.string(), authorization: anyObject, expiration: time }),
  ),
  pagination: pageResponse,
});

export const allowancesResponse = z.object({
  allowances: list(z.object({ granter: z.string(), grantee: z.string(), allowance: anyObject })),
  pagination: pageResponse,
});

const depositAuthorization = z.object({
  spend_limit: z.nullish(coin),
  scopes: list(z.string()),
  spend_limits: list(coin),
});

const basic = z.object({ spend_limit: list(coin), expiration: time });
const periodic = z.object({
  basic,
  period: z.string(),
  period_spend_limit: list(coin),
  period_can_spend: list(coin),
  period_reset: str,
});

export interface Coin {
  denom: string;
  amount: string;
}

export interface AuthzGrantView {
  granter: string;
  grantee: string;
  /** the authorization's type URL */
  type: string;
  expiration: string | null;
  /** deposit grants: what is left per denom (empty when used up) */
  limits: Coin[];
  /** deposit grants: "deployment", "bid" */
  scopes: string[];
}

function sumByDenom(coins: RawCoin[]): Coin[] {
  const sums = new Map<string, bigint>();
  for (const c of coins) {
    const whole = BigInt(c.amount.split(".")[0] ?? "0");
    if (whole > 0n) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + whole);
  }
  return [...sums].map(([denom, amount]) => ({ denom, amount: amount.toString() }));
}

export function toGrantView(
  g: z.output<typeof grantAuthorizationsResponse>["grants"][number],
): AuthzGrantView {
  const type = g.authorization["@type"];
  const view: AuthzGrantView = {
    granter: g.granter,
    grantee: g.grantee,
    type,
    expiration: g.expiration ?? null,
    limits: [],
    scopes: [],
  };
  if (type !== DEPOSIT_AUTHZ_TYPE) return view;
  const d = depositAuthorization.safeParse(g.authorization);
  if (!d.success) return view;
  const legacy = d.data.spend_limit ? [d.data.spend_limit] : [];
  return { ...view, limits: sumByDenom([...d.data.spend_limits, ...legacy]), scopes: d.data.scopes };
}

export interface FeeAllowanceView {
  granter: string;
  grantee: string;
  kind: "basic" | "periodic" | "unknown";
  /** what is left in total; null = no limit */
  spendLimit: Coin[] | null;
  expiration: string | null;
  /** periodic allowances: the per-period limit, what this period still allows, when it resets */
  period: { seconds: number; limit: Coin[]; canSpend: Coin[]; resetsAt: string } | null;
  /** null = any message; otherwise the message types it pays for */
  allowedMessages: string[] | null;
}

const seconds = (d: string) => Number(/^(\d+(?:\.\d+)?)s$/.exec(d)?.[1] ?? "0");

export function toAllowanceView(
  granter: string,
  grantee: string,
  raw: z.output<typeof anyObject>,
  allowedMessages: string[] | null = null,
): FeeAllowanceView {
  const type = raw["@type"];
  const base = { granter, grantee, allowedMessages, period: null };
  if (type === ALLOWED_MSG_ALLOWANCE) {
    const inner = z.object({ allowance: anyObject, allowed_messages: list(z.string()) }).safeParse(raw);
    if (inner.success)
      return toAllowanceView(granter, grantee, inner.data.allowance, inner.data.allowed_messages);
  }
  const limitOf = (coins: RawCoin[]) => (coins.length ? sumByDenom(coins) : null);
  if (type === BASIC_ALLOWANCE) {
    const b = basic.safeParse(raw);
    if (b.success)
      return {
        ...base,
        kind: "basic",
        spendLimit: limitOf(b.data.spend_limit),
        expiration: b.data.expiration ?? null,
      };
  }
  if (type === PERIODIC_ALLOWANCE) {
    const p = periodic.safeParse(raw);
    if (p.success)
      return {
        ...base,
        kind: "periodic",
        spendLimit: limitOf(p.data.basic.spend_limit),
        expiration: p.data.basic.expiration ?? null,
        period: {
          seconds: seconds(p.data.period),
          limit: sumByDenom(p.data.period_spend_limit),
          canSpend: sumByDenom(p.data.period_can_spend),
          resetsAt: p.data.period_reset,
        },
      };
  }
  return { ...base, kind: "unknown", spendLimit: [], expiration: null };
}

/**
 * What the allowance can still pay at `now` in `denom` (null = no limit), and whether it pays for
 * these message types. A periodic allowance past its reset time has its full period again.
 */
export function allowanceCovers(
  a: FeeAllowanceView,
  now: Date,
  denom: string,
  messageTypes: readonly string[],
): { ok: boolean; left: bigint | null } {
  if (a.kind === "unknown") return { ok: false, left: 0n };
  if (a.expiration && Date.parse(a.expiration) < now.getTime()) return { ok: false, left: 0n };
  if (a.allowedMessages && !messageTypes.every((m) => a.allowedMessages!.includes(m)))
    return { ok: false, left: 0n };
  const amountIn = (coins: Coin[]) => BigInt(coins.find((c) => c.denom === denom)?.amount ?? "0");
  let left: bigint | null = a.spendLimit ? amountIn(a.spendLimit) : null;
  if (a.period) {
    const fresh = Date.parse(a.period.resetsAt) <= now.getTime();
    const periodLeft = amountIn(fresh ? a.period.limit : a.period.canSpend);
    left = left === null || periodLeft < left ? periodLeft : left;
  }
  return { ok: left === null || left > 0n, left };
}
