// The deploy flow on a deployment's page, for its owner: live bids until a lease exists (accept →
// MsgCreateLease → manifest to the provider), then each lease's status, logs and events, the
// manifest's delivery, and the manage actions.
import { useState } from "react";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { useDeploymentInfo, useDeploymentLeases } from "@/features/deployments";
import { BidsPanel, type BidRow, type GroupRequirements } from "@/features/market";
import { LeaseCard } from "@/features/leases";
import { createLease, TxDialog, useTransaction } from "@/features/transactions";
import { Button } from "@/components/ui/button";
import { closeLease } from "@/features/transactions";
import { useWallet } from "@/features/wallet";
import { useManifestSender } from "../hooks/use-manifest-sender";
import { useRefreshChain } from "../hooks/use-refresh-chain";
import { ManagePanel } from "./ManagePanel";
import { UpdatePanel } from "./UpdatePanel";
import { ManifestBanner } from "./ManifestBanner";

/** Renders nothing unless the connected wallet owns the deployment: only the owner can sign. */
export function DeploymentControls({ owner, dseq }: { owner: string; dseq: string }) {
  const { address } = useWallet();
  const info = useDeploymentInfo(owner, dseq);
  const leases = useDeploymentLeases(owner, dseq);
  const tx = useTransaction();
  const refresh = useRefreshChain();
  const manifest = useManifestSender(owner, dseq);
  const [accepting, setAccepting] = useState(false);
  const deployment = info.data?.deployment;
  if (address !== owner) return null;
  // The dialog stays mounted when the deployment closes: it reports that very transaction.
  if (!deployment || deployment.state !== "active") return <TxDialog tx={tx} />;
  const active = (leases.data ?? []).filter((l) => l.state === "active");
  const groups: GroupRequirements[] = deployment.groups.map((g) => ({
    name: g.name,
    gpuModels: g.resources.gpuModels.filter((m) => !m.startsWith("any")),
    attributes: g.placement.attributes,
    auditors: g.placement.signedByAnyOf,
  }));

  const accept = async (row: BidRow) => {
    setAccepting(true);
    const { bid } = row;
    const key = { owner, dseq, gseq: bid.gseq, oseq: bid.oseq, provider: bid.provider, bseq: bid.bseq };
    const result = await tx.run(
      `Accept ${row.providerName}'s bid`,
      [createLease({ bid: key, price: bid.price, providerName: row.providerName })],
      {
        action: "accept-bid",
        target: key,
        request: { maxPrice: bid.price },
      },
    );
    setAccepting(false);
    if (!result.ok) return;
    tx.dismiss();
    refresh();
    await manifest.send(bid.provider, bid.gseq, bid.oseq);
  };

  const endLease = async (l: (typeof active)[number]) => {
    const key = { owner, dseq, gseq: l.gseq, oseq: l.oseq, provider: l.provider, bseq: l.bseq };
    const result = await tx.run("Close lease", [closeLease({ lease: key, providerName: l.provider })], {
      action: "close-lease",
      target: key,
    });
    if (result.ok) refresh();
  };

  return (
    <div className="grid gap-4" data-testid="deployment-controls">
      {active.length === 0 && (
        <ErrorBoundary name="Bids">
          <BidsPanel
            owner={owner}
            dseq={dseq}
            createdHeight={deployment.createdHeight}
            groups={groups}
            onAccept={(r) => void accept(r)}
            busy={accepting || !!tx.state}
          />
        </ErrorBoundary>
      )}
      {active.map((l) => (
        <ErrorBoundary key={`${l.provider}/${l.gseq}/${l.oseq}`} name="Lease">
          <LeaseCard
            lease={{ dseq, gseq: l.gseq, oseq: l.oseq, provider: l.provider }}
            manifest={
              <ManifestBanner
                state={manifest.states[l.provider]}
                onSend={() => void manifest.send(l.provider, l.gseq, l.oseq)}
              />
            }
            actions={
              <Button size="sm" variant="ghost" onClick={() => void endLease(l)} disabled={!!tx.state}>
                Close lease
              </Button>
            }
          />
        </ErrorBoundary>
      ))}
      <ErrorBoundary name="Update">
        <UpdatePanel owner={owner} dseq={dseq} tx={tx} leases={active} resend={manifest.send} />
      </ErrorBoundary>
      <ErrorBoundary name="Manage">
        <ManagePanel owner={owner} dseq={dseq} tx={tx} />
      </ErrorBoundary>
      <TxDialog tx={tx} />
    </div>
  );
}
