// Adding an alert rule: what to watch (escrow hours, balance, lease closed or reclaimed, bid
// waiting), for every deployment of the account or one of them, and the threshold.
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import {
  ALERT_KINDS,
  BALANCE_DENOMS,
  DENOM_LABELS,
  KIND_LABELS,
  ruleProblem,
  type AlertKind,
  type AlertRule,
  type BalanceDenom,
} from "../core/rules";
import { saveRule } from "../storage/alerts-store";

export interface DeploymentChoice {
  dseq: string;
  name: string | null;
}

interface Props {
  networkId: string;
  owner: string;
  deployments: readonly DeploymentChoice[];
}

const DEFAULT_THRESHOLD: Record<AlertKind, string> = {
  "escrow-hours": "24",
  balance: "10",
  "lease-closed": "",
  "bid-waiting": "",
};

export function RuleEditor({ networkId, owner, deployments }: Props) {
  const [kind, setKind] = useState<AlertKind>("escrow-hours");
  const [scope, setScope] = useState("");
  const [threshold, setThreshold] = useState(DEFAULT_THRESHOLD["escrow-hours"]);
  const [denom, setDenom] = useState<BalanceDenom>("uact");
  const [error, setError] = useState<string | null>(null);
  const needsThreshold = kind === "escrow-hours" || kind === "balance";

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const rule: AlertRule = {
      id: `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
      networkId,
      owner,
      dseq: kind === "balance" || scope === "" ? null : scope,
      kind,
      threshold: needsThreshold ? Number(threshold) : null,
      denom: kind === "balance" ? denom : null,
      enabled: true,
      createdAt: new Date().toISOString(),
    };
    const problem = threshold.trim() === "" && needsThreshold ? "Enter a number." : ruleProblem(rule);
    if (problem) return setError(problem);
    setError(null);
    if (!saveRule(rule)) setError("This browser refused to store the rule (private mode or full storage).");
  };

  return (
    <form onSubmit={submit} className="grid gap-3" aria-label="New alert rule">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Alert when">
          <Select
            value={kind}
            onChange={(e) => {
              const next = e.target.value as AlertKind;
              setKind(next);
              setThreshold(DEFAULT_THRESHOLD[next]);
            }}
          >
            {ALERT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
        {kind !== "balance" && (
          <Field label="For">
            <Select value={scope} onChange={(e) => setScope(e.target.value)}>
              <option value="">Every deployment of this account</option>
              {deployments.map((d) => (
                <option key={d.dseq} value={d.dseq}>
                  {d.name ? `${d.name} (${d.dseq})` : `Deployment ${d.dseq}`}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {needsThreshold && (
          <Field label={kind === "balance" ? "Spendable under" : "Escrow lasts under (hours)"} error={error}>
            <Input
              type="number"
              min={0}
              step="any"
              inputMode="decimal"
              value={threshold}
              onChange={(e) => setThreshold(e.target.value)}
            />
          </Field>
        )}
        {kind === "balance" && (
          <Field label="Token">
            <Select value={denom} onChange={(e) => setDenom(e.target.value as BalanceDenom)}>
              {BALANCE_DENOMS.map((d) => (
                <option key={d} value={d}>
                  {DENOM_LABELS[d]}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {!needsThreshold && error && <p className="text-sm text-red-600">{error}</p>}
      <div>
        <Button type="submit">Add rule</Button>
      </div>
    </form>
  );
}
