// The deployments page body for one owner: toolbar, the virtualized list, and honest states
// for loading, errors and emptiness. Time left and balances follow every new block. Selecting
// deployments for bulk actions is a mode ("Select"), so checkboxes and the actions bar never
// push the deployments down a phone's first screen.
import { useState, type ReactNode } from "react";
import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { useNetwork } from "@/features/network";
import { useProviders } from "@/features/providers";
import { useDeploymentsView } from "../hooks/use-deployments-view";
import { DeploymentList } from "./list/DeploymentList";
import { DeploymentsToolbar } from "./list/DeploymentsToolbar";
import { SelectionBar } from "./list/SelectionBar";

/** Actions on the selected deployments (e.g. bulk close), composed by the route. */
export type BulkActions = (args: { owner: string; selected: string[]; clear: () => void }) => ReactNode;

export function DeploymentsView({
  owner,
  linkSearch,
  bulkActions,
}: {
  owner: string;
  linkSearch: string;
  bulkActions?: BulkActions;
}) {
  const { network } = useNetwork();
  const { byAddress } = useProviders();
  const view = useDeploymentsView(owner);
  const { controls, data, shown, selection, loaded } = view;
  const query = controls.query;
  const [selecting, setSelecting] = useState(false);
  const canSelect = !!bulkActions && selecting;

  let body;
  if (data.isLoading) body = <Spinner label="Loading deployments" />;
  else if (data.error)
    body = (
      <EmptyState
        title="The deployments could not be loaded"
        action={<Button onClick={data.refresh}>Try again</Button>}
      >
        {data.error.message} If this endpoint keeps failing, add another REST endpoint in Settings.
      </EmptyState>
    );
  else if (data.rows.length === 0 && !data.hasMore)
    body = (
      <EmptyState
        title={controls.state === "closed" ? "No closed deployments" : "No deployments yet"}
        action={
          <Link className="text-sm font-medium text-brand-600 underline" to={paths.newDeployment()}>
            Create a deployment from a template
          </Link>
        }
      >
        This account has no {controls.state === "all" ? "" : `${controls.state} `}deployments on{" "}
        {network.name}.
      </EmptyState>
    );
  else if (shown.length === 0)
    body = (
      <EmptyState title="Nothing matches this search">
        Search looks at the dseq and at the names you gave deployments in this browser.
      </EmptyState>
    );
  else
    body = (
      <DeploymentList
        rows={shown}
        metricsOf={view.metricsOf}
        names={view.names}
        providers={byAddress}
        warnSeconds={view.warnSeconds}
        linkSearch={linkSearch}
        hasMore={data.hasMore}
        isFetchingMore={data.isFetchingMore}
        onLoadMore={view.onLoadMore}
        selection={canSelect ? { selected: selection.selected, toggle: selection.toggle } : undefined}
      />
    );
  const typedDseq = view.unloadedDseq;
  const directLink = typedDseq ? (
    <p className="text-sm">
      Not among the loaded deployments?{" "}
      <Link
        className="font-medium text-brand-600 underline"
        to={{ pathname: paths.deployment(typedDseq), search: linkSearch }}
      >
        Open deployment {typedDseq}
      </Link>
    </p>
  ) : null;
  return (
    <div className="grid gap-3">
      <DeploymentsToolbar controls={controls} onChange={view.setControls} />
      {data.leasesError && (
        <p role="alert" className="text-sm text-amber-700 dark:text-amber-400">
          Leases could not be loaded, so costs and time left are missing: {data.leasesError.message}
        </p>
      )}
      {loaded && (
        <div className="flex items-center justify-between gap-2">
          <p
            className="text-xs text-zinc-500"
            aria-live="polite"
            data-testid="deployments-count"
            data-query={query}
          >
            {shown.length} of {data.rows.length} loaded deployments
            {data.hasMore ? " · more load as you scroll; search and sort cover the loaded ones" : ""}
          </p>
          <span className="flex shrink-0 gap-1">
            {bulkActions && (
              <Button
                size="sm"
                variant={selecting ? "secondary" : "ghost"}
                aria-pressed={selecting}
                onClick={() => {
                  if (selecting) selection.clear();
                  setSelecting((v) => !v);
                }}
              >
                {selecting ? "Done" : "Select"}
              </Button>
            )}
            <Button size="sm" variant="ghost" onClick={data.refresh}>
              Refresh
            </Button>
          </span>
        </div>
      )}
      {/* Stays mounted while selecting, even with nothing selected: the actions' transaction dialog
          must outlive the selection it closed. */}
      {bulkActions && loaded && selecting && (
        <SelectionBar count={selection.actionable.length} onClear={selection.clear}>
          {bulkActions({ owner, selected: selection.actionable, clear: selection.clear })}
        </SelectionBar>
      )}
      {directLink}
      {body}
    </div>
  );
}
