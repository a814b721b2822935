// The attempts, virtualized: only the rows in view are in the DOM, so 10,000 receipts scroll as
// smoothly as ten.
import { useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { Badge } from "@/components/ui/badge";
import type { AttemptRow } from "../utils/attempts";
import { ACTION_LABELS, STATE_LABELS, STATE_TONES, formatTime, shortHash } from "../utils/present";

const ROW_HEIGHT = 68;

function Row({ row, onOpen }: { row: AttemptRow; onOpen(row: AttemptRow): void }) {
  const r = row.latest;
  return (
    <button
      type="button"
      data-testid="receipt-row"
      onClick={() => onOpen(row)}
      className="flex h-full w-full min-w-0 flex-col justify-center gap-1 border-b border-zinc-200 px-3 text-left hover:bg-zinc-50 focus-visible:bg-zinc-100 dark:border-zinc-800 dark:hover:bg-zinc-800/50"
    >
      <span className="flex min-w-0 items-center gap-2">
        <span className="truncate text-sm font-medium">{ACTION_LABELS[r.action]}</span>
        <Badge tone={STATE_TONES[r.state]}>{STATE_LABELS[r.state]}</Badge>
        {r.imported && <Badge tone="info">Imported</Badge>}
        <span className="ml-auto shrink-0 text-xs text-zinc-500">#{row.position}</span>
      </span>
      <span className="flex min-w-0 flex-wrap gap-x-3 text-xs text-zinc-600 dark:text-zinc-400">
        <span>{formatTime(row.first.timestamp)}</span>
        {r.target.dseq && <span>dseq {r.target.dseq}</span>}
        <span className="truncate">{r.network.name}</span>
        <span className="hidden font-mono sm:inline">{shortHash(r.sha256)}</span>
      </span>
    </button>
  );
}

export function ReceiptList({ rows, onOpen }: { rows: AttemptRow[]; onOpen(row: AttemptRow): void }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer returns functions that change every render; the React Compiler must skip it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (i) => rows[i]?.attempt ?? i,
  });
  return (
    <div
      ref={scrollRef}
      data-testid="receipt-list"
      role="list"
      aria-label="Receipts"
      className="h-[60dvh] min-h-64 overflow-y-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              role="listitem"
              className="absolute inset-x-0 top-0"
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
            >
              <Row row={row} onOpen={onOpen} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
