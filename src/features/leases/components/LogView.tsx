// The lines of a log or event stream, virtualized: only the rows in view are in the DOM, so tens
// of thousands of lines scroll and update without stalling the page. Long lines either scroll
// sideways (one row height) or wrap (each row measured, so a match is never off to the side on
// a phone); matches of the search are highlighted.
import { useEffect, useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { StreamLine } from "../api/log-entry";
import { splitMatches } from "../api/log-filter";

const ROW_HEIGHT = 18;
const LEVEL_COLOR = {
  error: "text-red-300",
  warn: "text-amber-200",
  info: "text-zinc-100",
  debug: "text-zinc-400",
};

function Row({ line, search }: { line: StreamLine; search: string }) {
  if (line.notice) return <span className="text-sky-300 italic">— {line.text} —</span>;
  return (
    <span className={LEVEL_COLOR[line.level]}>
      {line.source && <span className="text-sky-300">[{line.source}] </span>}
      {splitMatches(line.text, search).map((p, i) =>
        p.match ? (
          <mark key={i} className="rounded-sm bg-amber-300 text-zinc-950">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </span>
  );
}

export function LogView({
  lines,
  search,
  follow,
  wrap,
  empty,
  testId,
}: {
  lines: readonly StreamLine[];
  search: string;
  follow: boolean;
  wrap: boolean;
  empty: string;
  testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  // The virtualizer returns functions that change every render; the React Compiler must skip it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => box.current,
    estimateSize: () => ROW_HEIGHT,
    // Measured heights belong to a line, not to a position that a filter gives to another line.
    getItemKey: (i) => lines[i]?.id ?? i,
    overscan: 20,
  });
  // Heights measured while wrapped are wrong once unwrapped (and the other way round).
  useEffect(() => virtualizer.measure(), [wrap, virtualizer]);
  useEffect(() => {
    if (follow && lines.length > 0) virtualizer.scrollToIndex(lines.length - 1, { align: "end" });
  }, [follow, lines.length, virtualizer]);

  return (
    <div
      ref={box}
      data-testid={testId}
      role="log"
      aria-live="off"
      className="h-72 overflow-auto rounded-lg bg-zinc-950 p-2 font-mono text-xs text-zinc-100"
    >
      {lines.length === 0 ? (
        <p className="p-1 text-zinc-400">{empty}</p>
      ) : (
        <div className="relative" style={{ height: virtualizer.getTotalSize(), minWidth: "100%" }}>
          {virtualizer.getVirtualItems().map((item) => {
            const line = lines[item.index] as StreamLine;
            return (
              <div
                key={`${line.id}-${wrap ? "w" : "n"}`}
                data-testid="log-line"
                data-index={item.index}
                ref={wrap ? virtualizer.measureElement : undefined}
                className={`absolute left-0 ${wrap ? "w-full break-all whitespace-pre-wrap" : "whitespace-pre"}`}
                style={{
                  top: item.start,
                  lineHeight: `${ROW_HEIGHT}px`,
                  ...(wrap ? {} : { height: ROW_HEIGHT }),
                }}
              >
                <Row line={line} search={search} />
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
