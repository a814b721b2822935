// Update a running deployment: edit the SDL this browser deployed in the SDL editor, diffed against
// what is deployed, be stopped with the reason when a change cannot be applied in place, sign
// MsgUpdateDeployment, then send the new manifest to every lease. Then the editor closes and the
// panel says what restarted and whether URIs changed. The editor (Monaco) loads only when the
// tenant opens it: most visits to a deployment's page never edit.
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { loadDeploymentRecord } from "@/features/deployments";
import { useNetwork } from "@/features/network";
import type { TransactionController } from "@/features/transactions";
import { UpdateEditor } from "./UpdateEditor";
import { UpdateOutcome, useStatusSnapshot, type UpdateSnapshot } from "./UpdateOutcome";

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
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState<UpdateSnapshot | null>(null);
  const snapshot = useStatusSnapshot(network.id);
  // Taken when signing starts; read when the update is done (the same click, so not state).
  const before = useRef<UpdateSnapshot["before"]>({});
  const refs = leases.map((l) => ({ ...l, dseq }));

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

  return (
    <Card aria-label="Update deployment" className="min-w-0">
      <CardTitle>Update</CardTitle>
      {editing ? (
        <UpdateEditor
          owner={owner}
          dseq={dseq}
          deployed={record.sdl}
          deployedManifest={record.manifestJson}
          tx={tx}
          leases={leases}
          resend={resend}
          onSigning={() => (before.current = snapshot(refs))}
          onUpdated={(restarts) => {
            setRecord(loadDeploymentRecord(network.id, owner, dseq));
            setOutcome({ restarts, before: before.current });
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="grid gap-3">
          {outcome && <UpdateOutcome snapshot={outcome} leases={refs} />}
          <div className="flex flex-col items-start gap-3 text-sm text-zinc-600 sm:flex-row sm:items-center sm:justify-between dark:text-zinc-400">
            <p>
              Change an image, environment variables, a command or ports: edit the deployed SDL, check the
              diff, and sign the update. Resources, placement and pricing are fixed when a deployment is
              created.
            </p>
            <Button
              variant="secondary"
              className="shrink-0"
              onClick={() => {
                setOutcome(null);
                setEditing(true);
              }}
            >
              Edit SDL
            </Button>
          </div>
        </div>
      )}
    </Card>
  );
}
