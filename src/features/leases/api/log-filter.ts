// Which lines a log view shows (service, search, levels, time range) and how a download of them
// is named and headed, so a saved file says what it holds.
import type { LogLevel, StreamLine } from "./log-entry";

export interface TimeRange {
  /** ms since the epoch; null: open */
  from: number | null;
  to: number | null;
}

export interface LogFilter {
  service: string;
  search: string;
  levels: ReadonlySet<LogLevel>;
  range: TimeRange;
}

/** A pod belongs to a service when its name is the service's, then "-" and the replica's suffix. */
export const podOfService = (pod: string, service: string) =>
  pod === service || pod.startsWith(`${service}-`);

export function filterLines(lines: readonly StreamLine[], f: LogFilter): StreamLine[] {
  const needle = f.search.trim().toLowerCase();
  const inRange = (l: StreamLine) =>
    (f.range.from === null || l.at >= f.range.from) && (f.range.to === null || l.at <= f.range.to);
  return lines.filter(
    (l) =>
      inRange(l) &&
      // The console's own notices (reconnected) mark where a gap was, whatever the other filters.
      (l.notice ||
        ((!f.service || podOfService(l.source, f.service)) &&
          f.levels.has(l.level) &&
          (!needle || l.text.toLowerCase().includes(needle) || l.source.toLowerCase().includes(needle)))),
  );
}

/** How many of these are the stream's own lines (the console's notices are not counted). */
export const countLines = (lines: readonly StreamLine[]) => lines.filter((l) => !l.notice).length;

/** The text split around each case-insensitive match, for highlighting. */
export function splitMatches(text: string, search: string): { text: string; match: boolean }[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return [{ text, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  const lower = text.toLowerCase();
  let at = 0;
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
    if (i > at) parts.push({ text: text.slice(at, i), match: false });
    parts.push({ text: text.slice(i, i + needle.length), match: true });
    at = i + needle.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, "Z");

/** The range a download covers: the one asked for, or else the lines' own first and last. */
export function coveredRange(
  lines: readonly StreamLine[],
  range: TimeRange,
): { from: number; to: number } | null {
  if (lines.length === 0) return null;
  const times = lines.map((l) => l.at);
  return { from: range.from ?? Math.min(...times), to: range.to ?? Math.max(...times) };
}

export function downloadName(o: {
  dseq: string;
  kind: "logs" | "kubeevents";
  service: string;
  range: { from: number; to: number } | null;
}): string {
  const span = o.range ? `_${stamp(o.range.from)}_to_${stamp(o.range.to)}`.replace(/:/g, "-") : "";
  return `deployment-${o.dseq}_${o.service || "all-services"}_${o.kind === "logs" ? "logs" : "events"}${span}.log`;
}

export function downloadText(o: {
  dseq: string;
  kind: "logs" | "kubeevents";
  service: string;
  provider: string;
  range: { from: number; to: number } | null;
  search: string;
  lines: readonly StreamLine[];
}): string {
  const head = [
    `# ${o.kind === "logs" ? "Logs" : "Kubernetes events"} of deployment ${o.dseq}, ${o.service ? `service ${o.service}` : "all services"}, provider ${o.provider}`,
    `# From ${o.range ? stamp(o.range.from) : "-"} to ${o.range ? stamp(o.range.to) : "-"}${o.search ? `, lines containing "${o.search}"` : ""} (${countLines(o.lines)} lines)`,
  ];
  const body = o.lines.map((l) =>
    l.notice ? `# ${l.text}` : `${l.source ? `[${l.source}] ` : ""}${l.text}`,
  );
  return [...head, ...body].join("\n") + "\n";
}
