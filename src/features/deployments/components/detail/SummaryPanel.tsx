// State, creation, name, cost and the live time left, with a warning under the user's threshold.
import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { formatDuration } from "@/lib/format";
import type { TimeLeft } from "../../utils/time-left";
import type { Amount, DeploymentView } from "../../utils/types";
import { Balance, MonthlyPrice } from "../Price";
import { ResourcesText } from "../ResourcesText";
import { isLow, TimeLeftText } from "../TimeLeftText";
import { Dl, Dt, Panel } from "./Panel";

export function TimeLeftWarning({ timeLeft, warnSeconds }: { timeLeft: TimeLeft; warnSeconds: number }) {
  if (!isLow(timeLeft, warnSeconds)) return null;
  const text =
    timeLeft.kind === "running"
      ? `The escrow runs out in about ${formatDuration(timeLeft.secondsLeft)}: the deployment closes when it does. Add funds to keep it running.`
      : "The escrow is out of funds: the provider stops the deployment at its next settlement.";
  return (
    <p
      role="alert"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200"
    >
      {text}
    </p>
  );
}

function NameEditor({ name, onRename }: { name: string | undefined; onRename: (name: string) => boolean }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name ?? "");
  const [error, setError] = useState<string | null>(null);
  if (!editing)
    return (
      <span className="flex flex-wrap items-center gap-2">
        <span data-testid="deployment-name">{name ?? <span className="text-zinc-500">No name</span>}</span>
        <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
          {name ? "Rename" : "Give it a name"}
        </Button>
      </span>
    );
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!onRename(value)) return setError("This browser refused to store the name.");
    setEditing(false);
  };
  return (
    <form onSubmit={save} className="flex flex-wrap gap-2" aria-label="Deployment name">
      <Input
        className="max-w-56"
        value={value}
        maxLength={64}
        onChange={(e) => setValue(e.target.value)}
        autoFocus
        aria-label="Name"
      />
      <Button size="sm" type="submit">
        Save
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </form>
  );
}

export function SummaryPanel(props: {
  deployment: DeploymentView;
  timeLeft: TimeLeft;
  balance: Amount | null;
  monthly: Amount | null;
  warnSeconds: number;
  name: string | undefined;
  onRename: (name: string) => boolean;
}) {
  const { deployment: d, timeLeft } = props;
  return (
    <Panel title="Summary" testId="summary-panel">
      <div className="grid gap-3">
        <TimeLeftWarning timeLeft={timeLeft} warnSeconds={props.warnSeconds} />
        <Dl>
          <Dt label="Name">
            <NameEditor name={props.name} onRename={props.onRename} />
          </Dt>
          <Dt label="State">
            <Badge tone={d.state === "active" ? "good" : "neutral"}>{d.state}</Badge>
          </Dt>
          <Dt label="Created at">block {d.createdHeight.toLocaleString("en-US")}</Dt>
          <Dt label="Resources">
            <ResourcesText resources={d.resources} />
          </Dt>
          <Dt label="Cost" testId="summary-cost">
            <MonthlyPrice monthly={props.monthly} />
          </Dt>
          <Dt label="Escrow balance" testId="summary-balance">
            <Balance amount={props.balance} />
          </Dt>
          <Dt label="Time left" testId="summary-time-left">
            <TimeLeftText timeLeft={timeLeft} warnSeconds={props.warnSeconds} />
          </Dt>
        </Dl>
      </div>
    </Panel>
  );
}
