// Logs or kube events of one lease, streamed through the proxy: whether the stream is live, quiet
// or reconnecting (and when it came back), service, search with highlighting, levels, a time
// range, follow, pause, and a download named and headed with the service and the time range.
import { useEffect, useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { LEVELS, type LogLevel, type StreamLine } from "../api/log-entry";
import {
  countLines,
  coveredRange,
  downloadName,
  downloadText,
  filterLines,
  type TimeRange,
} from "../api/log-filter";
import type { StreamSnapshot } from "../api/lease-stream";
import type { JwtCache } from "../api/provider-jwt";
import type { ProxyTarget } from "../api/proxy-client";
import { useLeaseStream } from "../hooks/use-lease-stream";
import { LogView } from "./LogView";
import { TimeRangePicker } from "./TimeRangePicker";

type Tone = "good" | "warn" | "bad" | "neutral" | "info";
const QUIET_MS = 60_000;

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}

function streamStatus(s: StreamSnapshot, now: number): { text: string; tone: Tone } {
  switch (s.state) {
    case "connecting":
      return { text: "Connecting…", tone: "info" };
    case "reconnecting":
      return { text: "Reconnecting…", tone: "warn" };
    case "stale":
      return { text: "Stale: no answer, reconnecting", tone: "warn" };
    case "failed":
      return { text: "Stopped", tone: "bad" };
    case "ended":
      return { text: "Ended", tone: "neutral" };
  }
  const quiet = now - (s.lastLineAt ?? s.checkedAt ?? now);
  if (quiet < QUIET_MS) return { text: "Live", tone: "good" };
  return { text: `Live · quiet for ${Math.floor(quiet / 60_000)} min`, tone: "good" };
}

function reconnectNote(s: StreamSnapshot): string | null {
  const r = s.lastReconnect;
  if (!r) return null;
  const at = new Date(r.at).toLocaleTimeString();
  const repeats = r.repeats ? `, ${r.repeats} repeated line${r.repeats === 1 ? "" : "s"} skipped` : "";
  const gap = r.unmatched ? "; some lines written while disconnected may be missing" : "";
  return `Reconnected at ${at} after ${Math.max(1, Math.round(r.awayMs / 1000))} s${repeats}${gap}.`;
}

function save(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

export function StreamPanel(props: {
  kind: "logs" | "kubeevents";
  target: ProxyTarget | null;
  jwt: JwtCache | null;
  lease: { dseq: string; gseq: number; oseq: number; provider: string };
  services: string[];
}) {
  const stream = useLeaseStream(props);
  const now = useNow(10_000);
  const [service, setService] = useState("");
  const [search, setSearch] = useState("");
  const [levels, setLevels] = useState<ReadonlySet<LogLevel>>(new Set(LEVELS));
  const [range, setRange] = useState<TimeRange>({ from: null, to: null });
  const [follow, setFollow] = useState(true);
  // Wrapped by default where a long line would hide most of itself (and its match) sideways.
  const [wrap, setWrap] = useState(
    () => typeof window !== "undefined" && !!window.matchMedia?.("(max-width: 767px)").matches,
  );
  const [paused, setPaused] = useState<readonly StreamLine[] | null>(null);
  const source = paused ?? stream.lines;
  const shown = useMemo(
    () => filterLines(source, { service, search, levels, range }),
    [source, service, search, levels, range],
  );
  const label = props.kind === "logs" ? "Logs" : "Events";
  const status = streamStatus(stream, now);
  const note = reconnectNote(stream);
  const toggle = (l: LogLevel) =>
    setLevels((prev) => {
      const next = new Set(prev);
      if (!next.delete(l)) next.add(l);
      return next;
    });
  const download = () => {
    const lines = shown;
    const covered = coveredRange(
      lines.filter((l) => !l.notice),
      range,
    );
    const name = downloadName({ dseq: props.lease.dseq, kind: props.kind, service, range: covered });
    const text = downloadText({ ...props.lease, kind: props.kind, service, range: covered, search, lines });
    save(text, name);
  };

  return (
    <section aria-label={label} className="min-w-0 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold">{label}</h3>
        <span data-testid={`${props.kind}-state`}>
          <Badge tone={status.tone}>{status.text}</Badge>
        </span>
        {stream.error && <span className="text-xs text-red-700 dark:text-red-400">{stream.error}</span>}
      </div>
      {note && (
        <p
          role="status"
          className="text-xs text-zinc-600 dark:text-zinc-400"
          data-testid={`${props.kind}-reconnected`}
        >
          {note}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Select
          aria-label="Service"
          value={service}
          onChange={(e) => setService(e.target.value)}
          className="w-auto min-w-32"
        >
          <option value="">All services</option>
          {props.services.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
        <Input
          type="search"
          aria-label={`Search ${label.toLowerCase()}`}
          placeholder="Search…"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="w-40 min-w-0 flex-1"
        />
        <TimeRangePicker value={range} onChange={setRange} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <fieldset className="flex flex-wrap items-center gap-2 text-sm" aria-label="Levels">
          {LEVELS.map((l) => (
            <label key={l} className="flex items-center gap-1 capitalize">
              <input type="checkbox" checked={levels.has(l)} onChange={() => toggle(l)} /> {l}
            </label>
          ))}
        </fieldset>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} /> Follow
        </label>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={wrap} onChange={(e) => setWrap(e.target.checked)} /> Wrap
        </label>
        <Button size="sm" variant="secondary" onClick={() => setPaused(paused ? null : stream.lines)}>
          {paused ? "Resume" : "Pause"}
        </Button>
        <Button size="sm" variant="secondary" onClick={download} disabled={shown.length === 0}>
          Download
        </Button>
        <span className="text-xs text-zinc-500" data-testid={`${props.kind}-count`}>
          {shown.length === source.length
            ? `${countLines(source)} lines`
            : `${countLines(shown)} of ${countLines(source)} lines`}
        </span>
      </div>
      <LogView
        lines={shown}
        search={search}
        follow={follow && !paused}
        wrap={wrap}
        testId={`${props.kind}-output`}
        empty={
          source.length > 0
            ? "No line matches these filters."
            : stream.state === "live"
              ? "Nothing yet."
              : "Waiting for the stream…"
        }
      />
    </section>
  );
}
