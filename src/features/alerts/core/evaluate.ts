// Evaluates the rules against one snapshot of what the console already polled, and says which
// alerts fire. Pure: the runner calls it under a cross-tab lock with the log it just re-read,
// then writes the log back, so two tabs never fire the same crossing.
//
// Once per crossing: a condition fires when it becomes true and its key is not in `fired`; it
// re-arms (its key is dropped) only when fresher data than the data it fired on says it cleared.
// A stale tab can therefore never re-arm what a fresher tab fired. Escrow hours re-arm only above
// the threshold plus 2%, so the jitter of the measured block time cannot make it flap.
import type { AlertEntry, AlertLog } from "./log";
import { MAX_ENTRIES } from "./log";
import type { AlertRule } from "./rules";
import { DENOM_LABELS } from "./rules";

export const REARM_MARGIN = 1.02;

export interface DeploymentFacts {
  dseq: string;
  name: string | null;
  /** seconds of runway while leases run; 0 when overdrawn; null with no running lease */
  secondsLeft: number | null;
}

export interface AlertSnapshot {
  networkId: string;
  owner: string;
  /** when the oldest of the data was fetched (ms): orders what two tabs saw */
  asOf: number;
  now: number;
  /** null: not known (loading or failed); nothing about it fires or re-arms */
  deployments: DeploymentFacts[] | null;
  /** lease keys `dseq/gseq/oseq/provider` running (active or reclaiming) */
  runningLeases: string[] | null;
  reclaimingLeases: string[] | null;
  /** dseq → open bids on its orders */
  openBids: Record<string, number> | null;
  balances: { uact: number; uakt: number } | null;
}

export interface Evaluation {
  log: AlertLog;
  fired: AlertEntry[];
}

interface Condition {
  key: string;
  /** fires (once) while true */
  active: boolean;
  /** re-arms when true; `!active` except for escrow hours (a margin above the threshold) */
  cleared: boolean;
  entry: () => Omit<AlertEntry, "id" | "at" | "read">;
}

const ownerKey = (s: AlertSnapshot) => `${s.networkId}|${s.owner}`;
const dseqOf = (lease: string) => lease.split("/")[0] ?? "";

function label(d: { dseq: string; name: string | null } | string, names: Map<string, string | null>) {
  const dseq = typeof d === "string" ? d : d.dseq;
  const name = names.get(dseq) ?? null;
  return name ? `${name} (${dseq})` : `deployment ${dseq}`;
}

function hoursText(seconds: number): string {
  if (seconds <= 0) return "no escrow left";
  const h = seconds / 3600;
  return h >= 10 ? `${Math.round(h)} h left` : `${h.toFixed(1)} h left`;
}

function base(rule: AlertRule, dseq: string | null) {
  return {
    ruleId: rule.id,
    networkId: rule.networkId,
    owner: rule.owner,
    dseq,
    kind: rule.kind,
    runsOutAt: null,
  };
}

function escrowConditions(rule: AlertRule, s: AlertSnapshot, names: Map<string, string | null>): Condition[] {
  const limit = (rule.threshold ?? 0) * 3600;
  return (s.deployments ?? [])
    .filter((d) => (rule.dseq === null || d.dseq === rule.dseq) && d.secondsLeft !== null)
    .map((d) => {
      const left = d.secondsLeft ?? 0;
      return {
        key: `${rule.id}|${d.dseq}`,
        active: left < limit,
        cleared: left > limit * REARM_MARGIN,
        entry: () => ({
          ...base(rule, d.dseq),
          title: `Escrow low: ${label(d, names)}`,
          body: `${hoursText(left)} (alert under ${rule.threshold} h). Deposit to keep it running.`,
          runsOutAt: new Date(s.now + left * 1000).toISOString(),
        }),
      };
    });
}

function balanceConditions(rule: AlertRule, s: AlertSnapshot): Condition[] {
  if (!s.balances) return [];
  const denom = rule.denom ?? "uact";
  const tokens = s.balances[denom] / 1e6;
  return [
    {
      key: `${rule.id}|account`,
      active: tokens < (rule.threshold ?? 0),
      cleared: tokens >= (rule.threshold ?? 0),
      entry: () => ({
        ...base(rule, null),
        title: `Wallet ${DENOM_LABELS[denom]} low`,
        body: `${tokens.toLocaleString("en-US", { maximumFractionDigits: 2 })} ${DENOM_LABELS[denom]} spendable (alert under ${(rule.threshold ?? 0).toLocaleString("en-US")}).`,
      }),
    },
  ];
}

function bidConditions(rule: AlertRule, s: AlertSnapshot, names: Map<string, string | null>): Condition[] {
  if (!s.openBids) return [];
  return Object.entries(s.openBids)
    .filter(([dseq]) => rule.dseq === null || dseq === rule.dseq)
    .map(([dseq, count]) => ({
      key: `${rule.id}|${dseq}`,
      active: count > 0,
      cleared: count === 0,
      entry: () => ({
        ...base(rule, dseq),
        title: `Bid waiting: ${label(dseq, names)}`,
        body: `${count} open bid${count === 1 ? "" : "s"}: accept one to start a lease.`,
      }),
    }));
}

function reclaimConditions(
  rule: AlertRule,
  s: AlertSnapshot,
  names: Map<string, string | null>,
): Condition[] {
  return (s.reclaimingLeases ?? [])
    .filter((l) => rule.dseq === null || dseqOf(l) === rule.dseq)
    .map((lease) => ({
      key: `${rule.id}|reclaim|${lease}`,
      active: true,
      cleared: false,
      entry: () => ({
        ...base(rule, dseqOf(lease)),
        title: `Lease reclaimed: ${label(dseqOf(lease), names)}`,
        body: `Its provider is reclaiming lease ${lease}: redeploy elsewhere before the deadline.`,
      }),
    }));
}

/** Leases seen running before and gone now (only when this data is fresher than that sighting). */
function closedLeases(log: AlertLog, s: AlertSnapshot): string[] {
  const seen = log.seenLeases[ownerKey(s)];
  if (!seen || !s.runningLeases || s.asOf <= seen.asOf) return [];
  const running = new Set(s.runningLeases);
  return seen.leases.filter((l) => !running.has(l));
}

function conditionsOf(rule: AlertRule, s: AlertSnapshot, names: Map<string, string | null>): Condition[] {
  if (rule.kind === "escrow-hours") return escrowConditions(rule, s, names);
  if (rule.kind === "balance") return balanceConditions(rule, s);
  if (rule.kind === "bid-waiting") return bidConditions(rule, s, names);
  return reclaimConditions(rule, s, names);
}

/** Keys of conditions whose data is known in this snapshot: only those can re-arm. */
function judged(rule: AlertRule, s: AlertSnapshot): boolean {
  if (rule.kind === "escrow-hours") return s.deployments !== null;
  if (rule.kind === "balance") return s.balances !== null;
  if (rule.kind === "bid-waiting") return s.openBids !== null;
  return s.reclaimingLeases !== null;
}

export interface EvaluateOptions {
  newId: () => string;
}

export function evaluate(
  rules: readonly AlertRule[],
  log: AlertLog,
  s: AlertSnapshot,
  opts: EvaluateOptions,
): Evaluation {
  const mine = rules.filter((r) => r.enabled && r.networkId === s.networkId && r.owner === s.owner);
  const names = new Map((s.deployments ?? []).map((d) => [d.dseq, d.name]));
  const at = new Date(s.now).toISOString();
  const fired: AlertEntry[] = [];
  const firedKeys = { ...log.fired };
  const emit = (partial: Omit<AlertEntry, "id" | "at" | "read">) => {
    const entry: AlertEntry = { ...partial, id: opts.newId(), at, read: false };
    fired.push(entry);
    return entry;
  };
  for (const rule of mine) {
    const conditions = conditionsOf(rule, s, names);
    const held = new Set(conditions.filter((c) => !c.cleared).map((c) => c.key));
    for (const c of conditions)
      if (c.active && !firedKeys[c.key]) firedKeys[c.key] = { asOf: s.asOf, entry: emit(c.entry()).id };
    if (!judged(rule, s)) continue;
    // Re-arm what cleared, with data fresher than the data it fired on.
    for (const [key, f] of Object.entries(firedKeys))
      if (key.startsWith(`${rule.id}|`) && !held.has(key) && s.asOf > f.asOf) delete firedKeys[key];
  }
  for (const lease of closedLeases(log, s))
    for (const rule of mine.filter(
      (r) => r.kind === "lease-closed" && (r.dseq === null || r.dseq === dseqOf(lease)),
    ))
      emit({
        ...base(rule, dseqOf(lease)),
        title: `Lease closed: ${label(dseqOf(lease), names)}`,
        body: `Lease ${lease} is no longer running.`,
      });
  const seenLeases = { ...log.seenLeases };
  const seen = seenLeases[ownerKey(s)];
  if (s.runningLeases && (!seen || s.asOf > seen.asOf))
    seenLeases[ownerKey(s)] = { asOf: s.asOf, leases: [...s.runningLeases].sort() };
  const entries = [...fired.slice().reverse(), ...log.entries].slice(0, MAX_ENTRIES);
  return { log: { fired: firedKeys, seenLeases, entries }, fired };
}
