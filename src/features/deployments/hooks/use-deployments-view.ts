// The state of the deployments list for one owner: the toolbar's controls, the rows as the chain
// has them with their per-block metrics, search and sort over the loaded rows, the selection for
// bulk actions, and a dseq typed in the search that is not among the loaded rows.
import { useCallback, useMemo, useState } from "react";
import { useBlockTime, useLatestBlock, useNetwork } from "@/features/network";
import { useDeploymentNames } from "../storage/names-store";
import { useDeploymentPrefs } from "../storage/prefs-store";
import type { DeploymentRow } from "../utils/join-leases";
import { rowMetrics, type RowMetrics } from "../utils/row-metrics";
import { filterRows, sortRows, type SortKey } from "../utils/sort-filter";
import { useDeploymentRows, type StateFilter } from "./use-deployment-rows";

export interface ListControls {
  query: string;
  state: StateFilter;
  sort: SortKey;
}

function useSelection(rows: readonly DeploymentRow[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((dseq: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(dseq)) next.delete(dseq);
      else next.add(dseq);
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Set()), []);
  // Only deployments still loaded and active can be acted on; a closed one drops out by itself.
  const actionable = rows
    .filter((r) => r.deployment.state === "active" && selected.has(r.deployment.dseq))
    .map((r) => r.deployment.dseq);
  return { selected, toggle, clear, actionable };
}

export function useDeploymentsView(owner: string) {
  const { network } = useNetwork();
  const [controls, setControls] = useState<ListControls>({ query: "", state: "all", sort: "created" });
  const data = useDeploymentRows(owner, controls.state);
  const { names } = useDeploymentNames(network.id, owner);
  const { prefs } = useDeploymentPrefs();
  const latest = useLatestBlock().data;
  const height = latest?.height ?? 0;
  const timeSec = latest ? Date.parse(latest.time) / 1000 : null;
  const blockTime = useBlockTime().seconds;

  // Recomputed for every loaded row on each block: pure arithmetic, well under a millisecond
  // per thousand rows, and it keeps sorting by time left consistent with what rows show.
  const metrics = useMemo(
    () =>
      new Map(
        data.rows.map((row) => [
          row,
          rowMetrics(row, height || (row.deployment.escrow?.settledAt ?? 0), blockTime, timeSec),
        ]),
      ),
    [data.rows, height, blockTime, timeSec],
  );
  const metricsOf = useCallback(
    (row: DeploymentRow): RowMetrics =>
      metrics.get(row) ??
      rowMetrics(row, height || (row.deployment.escrow?.settledAt ?? 0), blockTime, timeSec),
    [metrics, height, blockTime, timeSec],
  );
  const shown = useMemo(
    () => sortRows(filterRows(data.rows, controls.query, names), controls.sort, metricsOf),
    [data.rows, controls.query, names, controls.sort, metricsOf],
  );
  const selection = useSelection(data.rows);
  const { loadMore } = data;
  const onLoadMore = useCallback(() => loadMore(), [loadMore]);
  // Search covers loaded pages only; a full dseq can still be opened directly, one request.
  const typed = controls.query.trim();
  const unloadedDseq =
    /^\d+$/.test(typed) && !data.rows.some((r) => r.deployment.dseq === typed) ? typed : null;

  return {
    controls,
    setControls,
    data,
    names,
    warnSeconds: prefs.warnHours * 3600,
    metricsOf,
    shown,
    selection,
    onLoadMore,
    unloadedDseq,
    loaded: !data.isLoading && !data.error && data.rows.length > 0,
  };
}
