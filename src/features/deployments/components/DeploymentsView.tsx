// The deployments page body for one owner: toolbar, the virtualized list, and honest states
// for loading, errors and emptiness. Time left and balances follow every new block.
import { useCallback, useMemo, useState, type ReactNode } from "react";
import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { useLatestBlock, useNetwork } from "@/features/network";
import { useProviders } from "@/features/providers";
import { useDeploymentRows } from "../hooks/use-deployment-rows";
import { useDeploymentNames } from "../storage/names-store";
import { useDeploymentPrefs } from "../storage/prefs-store";
import type { DeploymentRow } from "../utils/join-leases";
import { rowMetrics, type RowMetrics } from "../utils/row-metrics";
import { filterRows, sortRows } from "../utils/sort-filter";
import { DeploymentList } from "./list/DeploymentList";
import { DeploymentsToolbar, type ListControls } from "./list/DeploymentsToolbar";
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
  const [controls, setControls] = useState<ListControls>({ query: "", state: "all", sort: "created" });
  const query = controls.query;
  const data = useDeploymentRows(owner, controls.state);
  const { byAddress } = useProviders();
  const { names } = useDeploymentNames(network.id, owner);
  const { prefs } = useDeploymentPrefs();
  const height = useLatestBlock().data?.height ?? 0;
  const blockTime = network.averageBlockTimeSec;

  // Recomputed for every loaded row on each block: pure arithmetic, well under a millisecond
  // per thousand rows, and it keeps sorting by time left consistent with what rows show.
  const metrics = useMemo(
    () =>
      new Map(
        data.rows.map((row) => [
          row,
          rowMetrics(row, height || (row.deployment.escrow?.settledAt ?? 0), blockTime),
        ]),
      ),
    [data.rows, height, blockTime],
  );
  const metricsByRow = useCallback(
    (row: DeploymentRow): RowMetrics =>
      metrics.get(row) ?? rowMetrics(row, height || (row.deployment.escrow?.settledAt ?? 0), blockTime),
    [metrics, height, blockTime],
  );
  const shown = useMemo(
    () => sortRows(filterRows(data.rows, query, names), controls.sort, metricsByRow),
    [data.rows, query, names, controls.sort, metricsByRow],
  );
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((dseq: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(dseq)) next.delete(dseq);
      else next.add(dseq);
      return next;
    });
  }, []);
  const clearSelection = useCallback(() => setSelected(new Set()), []);
  // Only deployments still loaded and active can be acted on; a closed one drops out by itself.
  const activeSelected = data.rows
    .filter((r) => r.deployment.state === "active" && selected.has(r.deployment.dseq))
    .map((r) => r.deployment.dseq);
  const { loadMore } = data;
  const onLoadMore = useCallback(() => loadMore(), [loadMore]);

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
        metricsOf={metricsByRow}
        names={names}
        providers={byAddress}
        warnSeconds={prefs.warnHours * 3600}
        linkSearch={linkSearch}
        hasMore={data.hasMore}
        isFetchingMore={data.isFetchingMore}
        onLoadMore={onLoadMore}
        selection={bulkActions ? { selected, toggle } : undefined}
      />
    );
  const loaded = !data.isLoading && !data.error && data.rows.length > 0;
  // Search covers loaded pages only; a full dseq can still be opened directly, one request.
  const typedDseq = /^\d+$/.test(query.trim()) ? query.trim() : null;
  const directLink =
    typedDseq && !data.rows.some((r) => r.deployment.dseq === typedDseq) ? (
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
      <DeploymentsToolbar controls={controls} onChange={setControls} />
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
          <Button size="sm" variant="ghost" onClick={data.refresh}>
            Refresh
          </Button>
        </div>
      )}
      {/* Stays mounted while nothing is selected: the actions' transaction dialog must outlive the
          selection it closed. */}
      {bulkActions && loaded && (
        <SelectionBar count={activeSelected.length} onClear={clearSelection}>
          {bulkActions({ owner, selected: activeSelected, clear: clearSelection })}
        </SelectionBar>
      )}
      {directLink}
      {body}
    </div>
  );
}
