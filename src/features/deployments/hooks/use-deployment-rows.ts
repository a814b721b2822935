// The deployments page's data: the owner's deployments (active, closed or both merged newest
// first), joined in the browser with one owner-wide leases query.
import { useMemo } from "react";
import { useDeploymentsList } from "../api/deployments-list";
import { useOwnerLeases } from "../api/owner-leases";
import { joinLeases, type DeploymentRow } from "../utils/join-leases";
import { mergeNewestFirst } from "../utils/merge-streams";

export type StateFilter = "all" | "active" | "closed";

export interface DeploymentRowsResult {
  rows: DeploymentRow[];
  isLoading: boolean;
  error: Error | null;
  leasesError: Error | null;
  hasMore: boolean;
  isFetchingMore: boolean;
  /** when the oldest of the lists and the leases was fetched (ms), 0 before all have data */
  dataUpdatedAt: number;
  loadMore(): void;
  refresh(): void;
}

export function useDeploymentRows(owner: string, filter: StateFilter): DeploymentRowsResult {
  const active = useDeploymentsList(owner, "active", filter !== "closed");
  const closed = useDeploymentsList(owner, "closed", filter !== "active");
  const leases = useOwnerLeases(owner);
  const sources = filter === "all" ? [active, closed] : filter === "active" ? [active] : [closed];
  const { data: activeData, hasNextPage: activeMore } = active;
  const { data: closedData, hasNextPage: closedMore } = closed;
  const merged = useMemo(() => {
    const stream = (data: typeof activeData, more: boolean) => ({
      items: data?.pages.flatMap((p) => p.deployments) ?? [],
      hasMore: !data || more,
    });
    const streams = { active: stream(activeData, activeMore), closed: stream(closedData, closedMore) };
    return mergeNewestFirst(
      filter === "all"
        ? [streams.active, streams.closed]
        : [filter === "active" ? streams.active : streams.closed],
    );
  }, [filter, activeData, activeMore, closedData, closedMore]);
  const rows = useMemo(() => joinLeases(merged.items, leases.data ?? []), [merged.items, leases.data]);
  const nextSource = merged.next === null ? undefined : sources[merged.next];
  return {
    rows,
    isLoading: sources.some((q) => q.isPending),
    error: sources.find((q) => q.error)?.error ?? null,
    leasesError: leases.error,
    hasMore: merged.next !== null && !!nextSource?.data,
    isFetchingMore: sources.some((q) => q.isFetchingNextPage),
    dataUpdatedAt: Math.min(...[...sources, leases].map((q) => (q.data ? q.dataUpdatedAt : 0))),
    loadMore: () => {
      if (nextSource?.hasNextPage && !nextSource.isFetchingNextPage) void nextSource.fetchNextPage();
    },
    refresh: () => {
      sources.forEach((q) => void q.refetch());
      void leases.refetch();
    },
  };
}
