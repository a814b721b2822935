// The deploy flow on a deployment's page, for its owner: live bids until a lease exists (accept →
// MsgCreateLease → manifest to the provider), then each lease's status, logs and events, the
// manifest's delivery, the top-up settings and the manage actions.
import { useMemo, useState } from "react";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { useDeploymentInfo, useDeploymentLeases, type DeploymentView } from "@/features/deployments";
import { BidsPanel, type BidRow, type GroupRequirements } from "@/features/market";
import { LeaseCard } from "@/features/leases";
import { TxDialog, useTransaction } from "@/features/transactions";
import { Button } from "@/components/ui/button";
import { useNetwork } from "@/features/network";
import { useWallet } from "@/features/wallet";
import { useAcceptBid } from "../actions/use-accept-bid";
import { useCloseLease } from "../actions/use-close-lease";
import { useSendManifest } from "../actions/use-send-manifest";
import { useRedeployLinks } from "../storage/redeploy-links";
import { ManagePanel } from "./ManagePanel";
import { RedeployProgress } from "./RedeployProgress";
import { UpdatePanel } from "./UpdatePanel";
import { ManifestBanner } from "./ManifestBanner";
import { TopUpPanel } from "../topup/TopUpPanel";

/** What each group of the deployment asks a provider for, as the chain stores it. */
function requirementsOf(deployment: DeploymentView | undefined): GroupRequirements[] {
  return (deployment?.groups ?? []).map((g) => ({
    gseq: g.gseq,
    name: g.name,
    gpuKeys: g.gpuKeys,
    gpuCount: g.resources.gpuCount,
    cpuMillis: g.resources.cpuMillis,
    memoryBytes: g.resources.memoryBytes,
    attributes: g.placement.attributes,
    signedBy: { allOf: g.placement.signedByAllOf, anyOf: g.placement.signedByAnyOf },
  }));
}

/** Renders nothing unless the connected wallet owns the deployment: only the owner can sign. */
export function DeploymentControls({ owner, dseq }: { owner: string; dseq: string }) {
  const { address } = useWallet();
  const { network } = useNetwork();
  const link = useRedeployLinks(network.id, owner).linkOf(dseq);
  const info = useDeploymentInfo(owner, dseq);
  const leases = useDeploymentLeases(owner, dseq);
  const tx = useTransaction();
  const acceptBid = useAcceptBid(tx);
  const closeLease = useCloseLease(tx);
  const manifest = useSendManifest(owner, dseq);
  const [accepting, setAccepting] = useState(false);
  const deployment = info.data?.deployment;
  const groups = useMemo(() => requirementsOf(deployment), [deployment]);
  if (address !== owner) return null;
  // The dialog stays mounted when the deployment closes: it reports that very transaction.
  if (!deployment || deployment.state !== "active") return <TxDialog tx={tx} />;
  // A lease being reclaimed (AEP-82) still runs until its deadline: status, logs and updates apply.
  const active = (leases.data ?? []).filter((l) => l.state === "active" || l.state === "reclaiming");

  // A lease is useless until its provider has the manifest: send it as soon as the lease exists.
  const accept = async (row: BidRow) => {
    if (link && row.bid.provider === link.provider) return;
    setAccepting(true);
    const result = await acceptBid({ bid: row.bid, providerName: row.providerName });
    setAccepting(false);
    if (!result.ok) return;
    tx.dismiss();
    await manifest.send(row.bid.provider, row.bid.gseq, row.bid.oseq);
  };

  return (
    <div className="grid gap-4" data-testid="deployment-controls">
      {link && <RedeployProgress owner={owner} dseq={dseq} link={link} lease={active[0]} tx={tx} />}
      {active.length === 0 && (
        <ErrorBoundary name="Bids">
          <BidsPanel
            owner={owner}
            dseq={dseq}
            createdHeight={deployment.createdHeight}
            groups={groups}
            onAccept={(r) => void accept(r)}
            busy={accepting || !!tx.state}
            excludeProviders={link ? [link.provider] : undefined}
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
              <Button
                size="sm"
                variant="ghost"
                onClick={() => void closeLease({ lease: l, providerName: l.provider })}
                disabled={!!tx.state}
              >
                Close lease
              </Button>
            }
          />
        </ErrorBoundary>
      ))}
      <ErrorBoundary name="Update">
        <UpdatePanel owner={owner} dseq={dseq} tx={tx} leases={active} resend={manifest.send} />
      </ErrorBoundary>
      <ErrorBoundary name="Top-ups">
        <TopUpPanel owner={owner} dseq={dseq} tx={tx} />
      </ErrorBoundary>
      <ErrorBoundary name="Manage">
        <ManagePanel owner={owner} dseq={dseq} tx={tx} />
      </ErrorBoundary>
      <TxDialog tx={tx} />
    </div>
  );
}
