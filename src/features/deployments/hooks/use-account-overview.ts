// The overview's money picture for one account: its active deployments with cost and time left,
// soonest to run out first, and the account runway (when escrow, and escrow with the spendable
// ACT, run out at the current burn). Every page of active deployments is read: a runway over
// some of them would be wrong. One owner-wide leases query, as on the deployments page.
import { useCallback, useEffect, useMemo } from "react";
import { useBlockTime, useLatestBlock, useNetwork } from "@/features/network";
import { useSpendable } from "@/features/wallet";
import { useDeploymentNames } from "../storage/names-store";
import { useDeploymentPrefs } from "../storage/prefs-store";
import type { DeploymentRow } from "../utils/join-leases";
import { rowMetrics, type RowMetrics } from "../utils/row-metrics";
import { accountRunway } from "../utils/runway";
import { sortRows } from "../utils/sort-filter";
import { useDeploymentRows } from "./use-deployment-rows";

export function useAccountOverview(owner: string) {
  const { network } = useNetwork();
  const data = useDeploymentRows(owner, "active");
  const height = useLatestBlock().data?.height ?? 0;
  const blockTime = useBlockTime().seconds;
  const spendable = useSpendable(owner);
  const { names } = useDeploymentNames(network.id, owner);
  const { prefs } = useDeploymentPrefs();

  const { hasMore, isFetchingMore, loadMore } = data;
  useEffect(() => {
    if (hasMore && !isFetchingMore) loadMore();
  }, [hasMore, isFetchingMore, loadMore]);

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
  const metricsOf = useCallback(
    (row: DeploymentRow): RowMetrics => metrics.get(row) ?? rowMetrics(row, height, blockTime),
    [metrics, height, blockTime],
  );
  const rows = useMemo(() => sortRows(data.rows, "time-left", metricsOf), [data.rows, metricsOf]);
  const spendableUact = spendable.data ? Number(spendable.data.uact) : null;
  const runway = useMemo(
    () =>
      accountRunway(
        rows.map((r) => ({ dseq: r.deployment.dseq, timeLeft: metricsOf(r).timeLeft })),
        spendableUact ?? 0,
        blockTime,
      ),
    [rows, metricsOf, spendableUact, blockTime],
  );
  return {
    rows,
    metricsOf,
    names,
    runway,
    spendableKnown: spendableUact !== null,
    blockTime,
    warnSeconds: prefs.warnHours * 3600,
    isLoading: data.isLoading || (hasMore && rows.length > 0),
    complete: !data.isLoading && !hasMore && !data.error && !data.leasesError,
    dataUpdatedAt: data.dataUpdatedAt,
    error: data.error ?? data.leasesError,
  };
}
