// The deployment detail page as composable panels: summary (live time left), groups, leases,
// orders and bids, escrow, raw JSON. Each panel has its own error boundary; issue 7 adds lease
// status, logs, bids-accept and manage actions as further panels.
import type { ReactNode } from "react";
import { Link } from "react-router";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { HttpError } from "@/lib/http";
import { useBlockTime, useLatestBlock, useNetwork } from "@/features/network";
import { useBids, useOrders } from "@/features/market";
import { useProviders } from "@/features/providers";
import { useDeploymentInfo } from "../../api/deployment-info";
import { useDeploymentLeases } from "../../api/deployment-leases";
import { useReclaimRefresh } from "../../hooks/use-reclaim-refresh";
import { useDeploymentNames } from "../../storage/names-store";
import { useDeploymentPrefs } from "../../storage/prefs-store";
import { computeTimeLeft, costPerMonth, currentBalance } from "../../utils/time-left";
import { EscrowPanel } from "./EscrowPanel";
import { GroupsPanel } from "./GroupsPanel";
import { LeasesPanel } from "./LeasesPanel";
import { MarketPanel } from "./MarketPanel";
import { RawJsonPanel } from "./RawJsonPanel";
import { ReclaimBanner } from "./ReclaimBanner";
import { SummaryPanel } from "./SummaryPanel";

function NotFound({ dseq, owner, message }: { dseq: string; owner: string; message: string | null }) {
  return (
    <EmptyState
      title={message ? "The deployment could not be loaded" : "No such deployment"}
      action={
        <Link className="text-sm font-medium text-brand-600 underline" to={paths.deployments()}>
          Back to deployments
        </Link>
      }
    >
      {message ?? `The account ${owner} has no deployment ${dseq} on this network.`}
    </EmptyState>
  );
}

/**
 * `live` is what the tenant acts on (bids, lease status and logs, update, manage), composed by the
 * route: it sits right under the summary, where a tenant waiting for bids or a lease looks first.
 */
export function DeploymentDetail({
  owner,
  dseq,
  live,
  reclaimAction,
}: {
  owner: string;
  dseq: string;
  live?: ReactNode;
  /** the owner's way out of a lease being reclaimed (redeploy elsewhere), shown in its banner */
  reclaimAction?: ReactNode;
}) {
  const { network } = useNetwork();
  const measuredBlockTime = useBlockTime().seconds;
  const info = useDeploymentInfo(owner, dseq);
  const leases = useDeploymentLeases(owner, dseq);
  const orders = useOrders(owner, dseq);
  const bids = useBids(owner, dseq);
  const { byAddress } = useProviders();
  const { names, rename } = useDeploymentNames(network.id, owner);
  const { prefs } = useDeploymentPrefs();
  const latest = useLatestBlock().data;
  const height = latest?.height;
  const clock = latest ? { height: latest.height, timeSec: Date.parse(latest.time) / 1000 } : null;
  useReclaimRefresh({
    owner,
    dseq,
    leases: leases.data ?? [],
    settledAt: info.data?.deployment.escrow?.settledAt ?? null,
    clock,
  });

  if (info.isPending) return <Spinner label="Loading the deployment" />;
  if (info.error) {
    const notFound =
      info.error instanceof HttpError && (info.error.status === 404 || info.error.status === 400);
    return <NotFound dseq={dseq} owner={owner} message={notFound ? null : info.error.message} />;
  }
  const { deployment, raw } = info.data;
  const blockTime = measuredBlockTime;
  const timeLeft = computeTimeLeft({
    deploymentState: deployment.state,
    escrow: deployment.escrow,
    leases: leases.data ?? [],
    height: height ?? deployment.escrow?.settledAt ?? 0,
    blockTimeSec: blockTime,
  });
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <ReclaimBanner
        deploymentState={deployment.state}
        leases={leases.data ?? []}
        clock={clock}
        blockTimeSec={blockTime}
        providers={byAddress}
        balance={currentBalance(timeLeft)}
        sdlWindowSec={deployment.reclamationMinWindowSec ?? null}
        action={reclaimAction}
      />
      {/* On a phone (one column) the live part (bids, then the lease) comes right after the summary. */}
      <div className="min-w-0 max-md:-order-2">
        <SummaryPanel
          deployment={deployment}
          timeLeft={timeLeft}
          balance={currentBalance(timeLeft)}
          monthly={costPerMonth(leases.data ?? [], blockTime)}
          warnSeconds={prefs.warnHours * 3600}
          name={names[dseq]}
          onRename={(name) => rename(dseq, name)}
        />
      </div>
      <LeasesPanel
        leases={leases.data}
        isPending={leases.isPending}
        error={leases.error}
        providers={byAddress}
        blockTimeSec={blockTime}
      />
      {live && <div className="max-md:-order-1 md:col-span-2">{live}</div>}
      <GroupsPanel groups={deployment.groups} />
      <EscrowPanel escrow={deployment.escrow} />
      <MarketPanel
        orders={orders.data}
        bids={bids.data}
        ordersState={orders}
        bidsState={bids}
        providers={byAddress}
      />
      <RawJsonPanel raw={raw} />
    </div>
  );
}
