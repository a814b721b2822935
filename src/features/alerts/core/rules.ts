// The alert rules a tenant sets in this browser, per network and account: escrow under N hours
// of runway, a balance under X, a lease closed or reclaimed, a bid waiting on an open order.
// A rule watches one deployment (dseq) or every deployment of the account (dseq null).
import * as z from "zod/mini";

export const ALERT_KINDS = ["escrow-hours", "balance", "lease-closed", "bid-waiting"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const BALANCE_DENOMS = ["uact", "uakt"] as const;
export type BalanceDenom = (typeof BALANCE_DENOMS)[number];

export const alertRuleSchema = z.object({
  id: z.string(),
  networkId: z.string(),
  owner: z.string(),
  /** one deployment, or null for every deployment of the account */
  dseq: z.nullable(z.string()),
  kind: z.enum(ALERT_KINDS),
  /** hours of runway (escrow-hours) or whole tokens (balance); unused by the other kinds */
  threshold: z.nullable(z.number().check(z.gt(0), z.lte(1e12))),
  denom: z.nullable(z.enum(BALANCE_DENOMS)),
  enabled: z.boolean(),
  createdAt: z.string(),
});
export type AlertRule = z.infer<typeof alertRuleSchema>;

export const KIND_LABELS: Record<AlertKind, string> = {
  "escrow-hours": "Escrow runs low",
  balance: "Wallet balance low",
  "lease-closed": "Lease closed or reclaimed",
  "bid-waiting": "Bid waiting on an open order",
};

export const DENOM_LABELS: Record<BalanceDenom, string> = { uact: "ACT", uakt: "AKT" };

const amount = (n: number | null) => (n ?? 0).toLocaleString("en-US", { maximumFractionDigits: 6 });

/** A rule as one line: "Escrow under 24 h · deployment 123" */
export function describeRule(rule: AlertRule): string {
  const scope = rule.dseq ? `deployment ${rule.dseq}` : "every deployment";
  switch (rule.kind) {
    case "escrow-hours":
      return `Escrow lasts under ${amount(rule.threshold)} h · ${scope}`;
    case "balance":
      return `Wallet ${DENOM_LABELS[rule.denom ?? "uact"]} under ${amount(rule.threshold)}`;
    case "lease-closed":
      return `A lease closes or is reclaimed · ${scope}`;
    case "bid-waiting":
      return `A bid waits on an open order · ${scope}`;
  }
}

/** Why a rule cannot be saved, or null. */
export function ruleProblem(rule: AlertRule): string | null {
  if (rule.kind === "balance" && rule.dseq !== null) return "A balance alert is for the whole account.";
  const needs = rule.kind === "escrow-hours" || rule.kind === "balance";
  if (needs && (rule.threshold === null || !(rule.threshold > 0)))
    return rule.kind === "balance" ? "Enter an amount above 0." : "Enter a number of hours above 0.";
  if (rule.dseq !== null && !/^\d+$/.test(rule.dseq)) return "A deployment is a number (its dseq).";
  return alertRuleSchema.safeParse(rule).success ? null : "This rule is not valid.";
}
