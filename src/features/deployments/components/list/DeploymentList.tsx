// The virtualized list: only the rows near the viewport are in the DOM, whatever the number of
// loaded deployments. The window scrolls (not a box), so a phone scrolls the page naturally;
// reaching the end loads the next page.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { ProviderView } from "@/features/providers";
import type { DeploymentNames } from "../../storage/names-store";
import type { DeploymentRow } from "../../utils/join-leases";
import type { RowMetrics } from "../../utils/row-metrics";
import { DeploymentListItem, LIST_COLUMNS } from "./DeploymentListItem";

const DESKTOP_ROW = 76;
const PHONE_CARD = 200;
const GAP = 8;

function ListHeader() {
  return (
    <div className={`hidden px-3 pb-2 text-xs font-medium text-zinc-500 ${LIST_COLUMNS}`} aria-hidden>
      <span>Deployment</span>
      <span>Resources</span>
      <span>Provider</span>
      <span>Escrow</span>
      <span>Cost</span>
      <span>Time left</span>
    </div>
  );
}

export function DeploymentList(props: {
  rows: readonly DeploymentRow[];
  metricsOf: (row: DeploymentRow) => RowMetrics;
  names: DeploymentNames;
  providers: ReadonlyMap<string, ProviderView>;
  warnSeconds: number;
  linkSearch: string;
  hasMore: boolean;
  isFetchingMore: boolean;
  onLoadMore: () => void;
  /** present when the rows can be selected for bulk actions (the owner's own wallet) */
  selection?: { selected: ReadonlySet<string>; toggle: (dseq: string) => void };
}) {
  const { rows, hasMore, isFetchingMore, onLoadMore } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Content above the list (errors, notices) can move it: re-measure when the rows change.
  useLayoutEffect(() => {
    const top = Math.round((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    if (top !== scrollMargin) setScrollMargin(top);
  }, [scrollMargin, rows]);
  const isPhone = typeof window !== "undefined" && window.matchMedia?.("(max-width: 767px)").matches;
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => (isPhone ? PHONE_CARD : DESKTOP_ROW) + GAP,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => rows[index]?.deployment.dseq ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasMore && !isFetchingMore && lastIndex >= rows.length - 10) onLoadMore();
  }, [hasMore, isFetchingMore, lastIndex, rows.length, onLoadMore]);

  return (
    <div>
      <ListHeader />
      <div
        ref={listRef}
        role="list"
        aria-label="Deployments"
        className="relative w-full"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="absolute top-0 left-0 w-full"
              style={{
                transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
                paddingBottom: GAP,
              }}
            >
              <DeploymentListItem
                row={row}
                metrics={props.metricsOf(row)}
                name={props.names[row.deployment.dseq]}
                providers={props.providers}
                warnSeconds={props.warnSeconds}
                linkSearch={props.linkSearch}
                leading={
                  props.selection && row.deployment.state === "active" ? (
                    <input
                      type="checkbox"
                      className="size-4 shrink-0 accent-brand-600"
                      aria-label={`Select deployment ${row.deployment.dseq}`}
                      checked={props.selection.selected.has(row.deployment.dseq)}
                      onChange={() => props.selection?.toggle(row.deployment.dseq)}
                    />
                  ) : undefined
                }
              />
            </div>
          );
        })}
      </div>
      <div className="flex justify-center py-3">
        {isFetchingMore ? (
          <Spinner label="Loading more deployments" />
        ) : (
          hasMore && (
            <Button variant="secondary" onClick={onLoadMore}>
              Load more
            </Button>
          )
        )}
      </div>
    </div>
  );
}
