// The account's alert rules on this network: each can be paused or deleted; new ones are added below.
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { describeRule } from "../core/rules";
import { removeRule, saveRule, useAlertRules } from "../storage/alerts-store";
import { RuleEditor, type DeploymentChoice } from "./RuleEditor";

interface Props {
  networkId: string;
  owner: string;
  deployments: readonly DeploymentChoice[];
}

export function RulesCard({ networkId, owner, deployments }: Props) {
  const rules = useAlertRules(networkId, owner);
  return (
    <Card>
      <CardTitle>Rules</CardTitle>
      {rules.length === 0 ? (
        <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
          No rule yet for this account on this network.
        </p>
      ) : (
        <ul className="mb-4 grid gap-2" aria-label="Alert rules">
          {rules.map((rule) => (
            <li
              key={rule.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-zinc-200 px-3 py-2 dark:border-zinc-800"
            >
              <span className={rule.enabled ? "" : "text-zinc-500 line-through"}>{describeRule(rule)}</span>
              <span className="flex gap-2">
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => saveRule({ ...rule, enabled: !rule.enabled })}
                >
                  {rule.enabled ? "Pause" : "Resume"}
                </Button>
                <Button size="sm" variant="ghost" onClick={() => removeRule(rule.id)}>
                  Delete
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <RuleEditor networkId={networkId} owner={owner} deployments={deployments} />
    </Card>
  );
}
