// Update a running deployment: edit the SDL this browser deployed, see the diff, be stopped with
// the reason when a change cannot be applied in place, sign MsgUpdateDeployment, then send the
// new manifest to every lease.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { loadDeploymentRecord, saveDeploymentRecord } from "@/features/leases";
import { useNetwork } from "@/features/network";
import { updateDeployment, type TransactionController } from "@/features/transactions";
import { buildDeployment } from "../utils/build-deployment";
import { diffLines, updateBlockers } from "../utils/sdl-diff";

interface Props {
  owner: string;
  dseq: string;
  tx: TransactionController;
  leases: { provider: string; gseq: number; oseq: number }[];
  resend(provider: string, gseq: number, oseq: number): Promise<boolean>;
}

export function UpdatePanel({ owner, dseq, tx, leases, resend }: Props) {
  const { network } = useNetwork();
  const [record, setRecord] = useState(() => loadDeploymentRecord(network.id, owner, dseq));
  const [text, setText] = useState(record?.sdl ?? "");
  const deployed = record?.sdl ?? "";
  const changed = text !== deployed;
  const plan = useQuery({
    queryKey: ["deploy", network.id, "update-plan", network.kind, deployed, text],
    queryFn: async () => {
      const [before, after] = await Promise.all([
        buildDeployment(deployed, network.kind),
        buildDeployment(text, network.kind),
      ]);
      if (!after.ok) return { errors: after.errors, blockers: [], built: null };
      const blockers = before.ok ? updateBlockers(before.value.groupSpecs, after.value.groupSpecs) : [];
      return { errors: [], blockers, built: after.value };
    },
    enabled: !!record && changed,
    staleTime: Infinity,
  });

  if (!record)
    return (
      <Card aria-label="Update deployment">
        <CardTitle>Update</CardTitle>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          This browser does not have the SDL this deployment was created with, so it cannot show what an
          update changes.
        </p>
      </Card>
    );

  const built = plan.data?.built ?? null;
  const blocked = (plan.data?.blockers.length ?? 0) > 0 || (plan.data?.errors.length ?? 0) > 0;
  const update = async () => {
    if (!built || blocked) return;
    const changes = diffLines(deployed, text)
      .filter((l) => l.kind === "added")
      .map((l) => `Now: ${l.text.trim()}`);
    const result = await tx.run(
      `Update deployment ${dseq}`,
      [updateDeployment({ owner, dseq, hash: built.hash, changes })],
      {
        action: "update",
        target: { owner, dseq },
        request: { sdl: text, manifestVersionHash: built.hashHex },
      },
    );
    if (!result.ok) return;
    const next = { sdl: text, manifestJson: built.manifestJson, hashHex: built.hashHex };
    saveDeploymentRecord(network.id, owner, dseq, next);
    setRecord(loadDeploymentRecord(network.id, owner, dseq));
    for (const l of leases) await resend(l.provider, l.gseq, l.oseq);
  };

  return (
    <Card aria-label="Update deployment">
      <CardTitle>Update</CardTitle>
      <textarea
        aria-label="Deployed SDL"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="h-56 w-full rounded-lg border border-zinc-300 bg-white p-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-950"
      />
      {changed && (
        <div className="mt-2 space-y-2 text-sm">
          <pre
            data-testid="sdl-diff"
            className="overflow-x-auto rounded-lg bg-zinc-100 p-2 font-mono text-xs dark:bg-zinc-900"
          >
            {diffLines(deployed, text)
              .filter((l) => l.kind !== "same")
              .map((l, i) => (
                <div
                  key={i}
                  className={
                    l.kind === "added"
                      ? "text-emerald-700 dark:text-emerald-400"
                      : "text-red-700 dark:text-red-400"
                  }
                >
                  {l.kind === "added" ? "+ " : "- "}
                  {l.text}
                </div>
              ))}
          </pre>
          {[...(plan.data?.errors ?? []), ...(plan.data?.blockers ?? [])].map((r) => (
            <p key={r} role="alert" className="text-red-700 dark:text-red-400">
              {r}
            </p>
          ))}
          <Button onClick={() => void update()} disabled={!built || blocked || !!tx.state}>
            Update deployment
          </Button>
        </div>
      )}
    </Card>
  );
}
