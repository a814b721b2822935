// "Keep it funded", on a deployment's page for its owner: the runway target ("keep 48 h"), the
// runtime cap ("stop funding after N hours"), and whether this browser's top-up key signs the
// top-ups on its own while a console tab is open. Below the target the panel proposes a top-up
// (the amount the plan says) that the wallet can sign right away.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { useDeploymentInfo, useDeploymentLeases } from "@/features/deployments";
import { TARGET_HOURS_RANGE, useDeploymentTopUp } from "@/features/funding";
import { useLatestBlock, useNetwork } from "@/features/network";
import { formatCoin, type TransactionController } from "@/features/transactions";
import { useDeposit } from "../actions/use-deposit";
import { checkTopUp, escrowNow, planText } from "./top-up-check";
import { TopUpKeySection, useTopUpKey } from "./TopUpKeySection";

function hoursUntil(iso: string | null): string {
  if (!iso) return "";
  const h = (Date.parse(iso) - Date.now()) / 3_600_000;
  return h > 0 ? String(Math.round(h * 100) / 100) : "0";
}

export function TopUpPanel({ owner, dseq, tx }: { owner: string; dseq: string; tx: TransactionController }) {
  const { network } = useNetwork();
  const saved = useDeploymentTopUp(network.id, owner, dseq);
  const key = useTopUpKey(owner);
  const info = useDeploymentInfo(owner, dseq);
  const leases = useDeploymentLeases(owner, dseq);
  const height = useLatestBlock().data?.height ?? 0;
  const deposit = useDeposit(tx);
  const [target, setTarget] = useState(String(saved.value?.targetHours ?? 48));
  const [cap, setCap] = useState(hoursUntil(saved.value?.stopAt ?? null));
  const [auto, setAuto] = useState(saved.value?.auto ?? false);
  const [note, setNote] = useState<string | null>(null);
  const targetNum = Number(target);
  const capNum = cap.trim() === "" ? null : Number(cap);
  const targetProblem =
    targetNum >= TARGET_HOURS_RANGE.min && targetNum <= TARGET_HOURS_RANGE.max
      ? null
      : `Between ${TARGET_HOURS_RANGE.min} and ${TARGET_HOURS_RANGE.max} hours.`;
  const capProblem =
    capNum === null || capNum > 0 ? null : "A positive number of hours, or empty for no cap.";

  const save = () => {
    if (targetProblem || capProblem) return;
    const ok = saved.save({
      targetHours: targetNum,
      stopAt: capNum === null ? null : new Date(Date.now() + capNum * 3_600_000).toISOString(),
      auto,
      updatedAt: new Date().toISOString(),
    });
    setNote(ok ? "Saved in this browser." : "This browser refused to save it (storage full or blocked).");
  };

  const settings = saved.value;
  const plan =
    settings && info.data && leases.data && height
      ? checkTopUp({
          escrow: escrowNow(info.data.deployment.escrow, leases.data, height, network.deploymentDenom),
          blockTimeSec: network.averageBlockTimeSec,
          settings,
          grantLeft: settings.auto ? key.grantLeft : null,
          now: new Date(),
        })
      : null;

  return (
    <Card aria-label="Keep it funded">
      <CardTitle>Keep it funded</CardTitle>
      <div className="grid gap-3 text-sm">
        <div className="grid gap-2 sm:grid-cols-4 sm:items-end">
          <Field label="Keep at least (hours)" error={targetProblem}>
            <Input inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} />
          </Field>
          <Field label="Stop funding after (hours from now)" error={capProblem} hint="Empty: no cap.">
            <Input inputMode="decimal" value={cap} onChange={(e) => setCap(e.target.value)} />
          </Field>
          <label className="flex items-center gap-2 pb-2">
            <input
              type="checkbox"
              checked={auto}
              disabled={!key.grant}
              onChange={(e) => setAuto(e.target.checked)}
            />
            Sign top-ups with the top-up key
          </label>
          <Button onClick={save} disabled={!!targetProblem || !!capProblem}>
            Save
          </Button>
        </div>
        {note && <p className="text-xs text-zinc-500">{note}</p>}
        {settings && plan && (
          <p data-testid="top-up-plan">
            {planText(plan, settings.targetHours)}
            {settings.stopAt && ` Funding stops ${new Date(settings.stopAt).toLocaleString()}.`}
          </p>
        )}
        {plan?.kind === "top-up" && !settings?.auto && (
          <div>
            <Button
              size="sm"
              disabled={!!tx.state}
              onClick={() => void deposit({ owner, dseq, amount: plan.amount.toString() })}
            >
              Top up {formatCoin({ denom: network.deploymentDenom, amount: plan.amount.toString() })} from
              your wallet
            </Button>
          </div>
        )}
        <TopUpKeySection owner={owner} tx={tx} />
      </div>
    </Card>
  );
}
