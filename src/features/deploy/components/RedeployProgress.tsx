// On the deployment that replaces a reclaimed one: where the redeploy stands, step by step, and
// its last step, closing the old deployment, offered only once the new lease is ready (until then
// the old one keeps the service up). The old deployment's escrow returns to the wallet on close.
import type { ReactNode } from "react";
import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { paths } from "@/config/paths";
import { useDeploymentInfo, type LeaseView } from "@/features/deployments";
import { useLeaseStatus } from "@/features/leases";
import type { TransactionController } from "@/features/transactions";
import { useCloseReplaced } from "../actions/use-close-replaced";
import type { RedeployLink } from "../storage/redeploy-links";

function Step({ done, children }: { done: boolean; children: ReactNode }) {
  return (
    <li className="flex gap-2" data-done={done}>
      <span aria-hidden className={done ? "text-emerald-600" : "text-zinc-400"}>
        {done ? "✓" : "○"}
      </span>
      <span>{children}</span>
    </li>
  );
}

export function RedeployProgress(props: {
  owner: string;
  dseq: string;
  link: RedeployLink;
  lease: LeaseView | undefined;
  tx: TransactionController;
}) {
  const { owner, dseq, link, lease, tx } = props;
  const old = useDeploymentInfo(owner, link.from);
  const closeReplaced = useCloseReplaced(tx);
  const status = useLeaseStatus(lease ?? { dseq, gseq: 0, oseq: 0, provider: "" }, !!lease);
  const ready = !!lease && !!status.data?.allReady;
  const oldClosed = old.data?.deployment.state === "closed";
  const from = (
    <Link className="font-medium underline" to={paths.deployment(link.from)}>
      deployment {link.from}
    </Link>
  );
  return (
    <Card aria-label="Redeploy elsewhere">
      <CardTitle>Replacing deployment {link.from}</CardTitle>
      <ol className="grid gap-1 text-sm" data-testid="redeploy-steps">
        <Step done>
          Created from the same SDL. Bids from the provider reclaiming {from} are hidden (
          <span className="font-mono break-all">{link.provider}</span>).
        </Step>
        <Step done={!!lease}>Accept a bid from another provider.</Step>
        <Step done={ready}>The new lease is ready: its provider runs every service.</Step>
        <Step done={oldClosed}>
          {oldClosed ? (
            <>Closed {from}: its remaining escrow is back in your wallet.</>
          ) : (
            <>Close {from}: that stops its charges and returns its remaining escrow to your wallet.</>
          )}
        </Step>
      </ol>
      {!oldClosed && (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <Button
            onClick={() => void closeReplaced({ owner, dseq, oldDseq: link.from })}
            disabled={!ready || !!tx.state || !old.data}
          >
            Close deployment {link.from}
          </Button>
          {!ready && (
            <span className="text-xs text-zinc-500">
              Offered once the new lease is ready; until then {link.from} keeps your service up.
            </span>
          )}
        </div>
      )}
    </Card>
  );
}
