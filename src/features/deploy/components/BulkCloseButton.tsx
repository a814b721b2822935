// Bulk close for the deployments list (its owner mounts it with the selected dseqs): one
// transaction closing every selected deployment, after a confirmation naming them.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { CloseRefundText } from "@/features/deployments";
import { TxDialog, useTransaction } from "@/features/transactions";
import { useCloseDeployments } from "../actions/use-close-deployments";

export function BulkCloseButton({
  owner,
  dseqs,
  onDone,
}: {
  owner: string;
  dseqs: string[];
  onDone?(): void;
}) {
  const tx = useTransaction();
  const closeDeployments = useCloseDeployments(tx);
  const [confirming, setConfirming] = useState(false);
  const close = async () => {
    setConfirming(false);
    const result = await closeDeployments({ owner, dseqs });
    if (result.ok) onDone?.();
  };
  return (
    <>
      <Button
        variant="danger"
        size="sm"
        disabled={dseqs.length === 0 || !!tx.state}
        onClick={() => setConfirming(true)}
      >
        Close {dseqs.length} selected
      </Button>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Close ${dseqs.length} deployments?`}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Keep them
            </Button>
            <Button variant="danger" onClick={() => void close()}>
              Close them
            </Button>
          </>
        }
      >
        <div className="grid gap-2">
          <p className="text-sm">Deployments {dseqs.join(", ")} stop, in one transaction you sign once.</p>
          <CloseRefundText owner={owner} dseqs={dseqs} open={confirming} />
        </div>
      </Dialog>
      <TxDialog tx={tx} />
    </>
  );
}
