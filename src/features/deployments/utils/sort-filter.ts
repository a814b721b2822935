// Search and sort of the loaded deployment rows. Search matches the dseq or the local name the
// user gave a deployment; sorting never drops a row, rows without a value go last.
import { compareDseqDesc } from "./map-deployment";
import type { DeploymentRow } from "./join-leases";
import type { RowMetrics } from "./row-metrics";

export type SortKey = "created" | "cost" | "time-left";
export const SORT_LABELS: Record<SortKey, string> = {
  created: "Newest first",
  cost: "Cost per month (highest first)",
  "time-left": "Time left (shortest first)",
};

export function filterRows(
  rows: readonly DeploymentRow[],
  query: string,
  names: Readonly<Record<string, string>>,
): DeploymentRow[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...rows];
  return rows.filter(({ deployment: { dseq } }) => {
    if (dseq.includes(needle)) return true;
    return names[dseq]?.toLowerCase().includes(needle) ?? false;
  });
}

function sortValue(key: SortKey, metrics: RowMetrics): number | null {
  if (key === "cost") return metrics.monthly ? -metrics.monthly.amount : null;
  const t = metrics.timeLeft;
  if (t.kind === "running") return t.secondsLeft;
  return t.kind === "overdrawn" ? 0 : null;
}

export function sortRows(
  rows: readonly DeploymentRow[],
  key: SortKey,
  metricsOf: (row: DeploymentRow) => RowMetrics,
): DeploymentRow[] {
  const byCreated = (a: DeploymentRow, b: DeploymentRow) =>
    compareDseqDesc(a.deployment.dseq, b.deployment.dseq);
  if (key === "created") return [...rows].sort(byCreated);
  const keyed = rows.map((row) => ({ row, value: sortValue(key, metricsOf(row)) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return byCreated(a.row, b.row);
      return a.value === null ? 1 : -1;
    }
    return a.value - b.value || byCreated(a.row, b.row);
  });
  return keyed.map((k) => k.row);
}
