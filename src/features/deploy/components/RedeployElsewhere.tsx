// The owner's way out of a lease its provider is reclaiming: one button that opens the create step
// on the SDL this browser deployed, with the reclaiming provider excluded from the bids and the
// escrow's current balance carried over as the deposit. The old deployment keeps running until
// the new lease is ready (docs/decisions/redeploy-elsewhere.md). Shown in the reclaim banner.
import { useState } from "react";
import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { paths } from "@/config/paths";
import {
  computeTimeLeft,
  currentBalance,
  loadDeploymentRecord,
  useDeploymentInfo,
  useDeploymentLeases,
} from "@/features/deployments";
import { useLatestBlock, useNetwork } from "@/features/network";
import { useWallet } from "@/features/wallet";
import { replacementOf, useRedeployLinks } from "../storage/redeploy-links";
import { carriedDeposit } from "../utils/deposit";
import { CreateDeployment } from "./CreateDeployment";

function useCarriedDeposit(owner: string, dseq: string): string {
  const { network } = useNetwork();
  const info = useDeploymentInfo(owner, dseq);
  const leases = useDeploymentLeases(owner, dseq);
  const height = useLatestBlock().data?.height;
  const deployment = info.data?.deployment;
  if (!deployment) return carriedDeposit(null);
  const timeLeft = computeTimeLeft({
    deploymentState: deployment.state,
    escrow: deployment.escrow,
    leases: leases.data ?? [],
    height: height ?? deployment.escrow?.settledAt ?? 0,
    blockTimeSec: network.averageBlockTimeSec,
  });
  return carriedDeposit(currentBalance(timeLeft));
}

export function RedeployElsewhere({ owner, dseq }: { owner: string; dseq: string }) {
  const { network } = useNetwork();
  const { address } = useWallet();
  const leases = useDeploymentLeases(owner, dseq);
  const { links } = useRedeployLinks(network.id, owner);
  const deposit = useCarriedDeposit(owner, dseq);
  const [open, setOpen] = useState(false);
  if (address !== owner) return null;
  const replacement = replacementOf(links, dseq);
  if (replacement)
    return (
      <p>
        Redeploy in progress:{" "}
        <Link className="font-medium underline" to={paths.deployment(replacement)}>
          deployment {replacement}
        </Link>{" "}
        replaces this one. Close this one from there once its lease is ready.
      </p>
    );
  const reclaimed = (leases.data ?? []).find((l) => l.reclamation?.started);
  const record = loadDeploymentRecord(network.id, owner, dseq);
  if (!reclaimed) return null;
  if (!record)
    return (
      <p>
        This browser does not have the SDL of this deployment (it was created elsewhere): open it in the SDL
        studio and deploy it again to move it.
      </p>
    );
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={() => setOpen(true)}>Redeploy elsewhere</Button>
      <span className="text-xs">Same SDL, another provider, your deposit carried over.</span>
      <Dialog open={open} onClose={() => setOpen(false)} title="Redeploy elsewhere">
        <ol className="mb-3 list-decimal space-y-1 pl-5 text-sm">
          <li>
            A new deployment from the same SDL, with {deposit} ACT carried over from this one&apos;s escrow.
            Bids from the provider reclaiming this one are hidden.
          </li>
          <li>You accept a bid from another provider; the manifest goes to it.</li>
          <li>
            Once the new lease is ready, you close deployment {dseq}: its remaining escrow returns to your
            wallet.
          </li>
        </ol>
        <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
          This deployment keeps running until then, so your service is not interrupted. Each step is a
          transaction you sign, with a receipt.
        </p>
        {open && (
          <CreateDeployment
            sdl={record.sdl}
            onCancel={() => setOpen(false)}
            redeploy={{ dseq, provider: reclaimed.provider, depositText: deposit }}
          />
        )}
      </Dialog>
    </div>
  );
}
