// Logs or kube events of one lease, streamed through the proxy: follow (stick to the bottom),
// service filter, text filter, pause, download, and the socket's state in plain words.
import { useEffect, useMemo, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { ProxyTarget } from "../api/proxy-client";
import type { JwtCache } from "../api/provider-jwt";
import { useLeaseStream, type StreamLine, type StreamState } from "../hooks/use-lease-stream";

const STATE_TEXT: Record<StreamState, { text: string; tone: "good" | "warn" | "bad" | "neutral" | "info" }> =
  {
    connecting: { text: "Connecting…", tone: "info" },
    live: { text: "Live", tone: "good" },
    reconnecting: { text: "Reconnecting…", tone: "warn" },
    failed: { text: "Stopped", tone: "bad" },
    ended: { text: "Ended", tone: "neutral" },
  };

const VISIBLE = 1000;

function download(lines: StreamLine[], name: string) {
  const blob = new Blob([lines.map((l) => `${l.source ? `[${l.source}] ` : ""}${l.text}`).join("\n")], {
    type: "text/plain",
  });
  const url = URL.createObjectURL(blob);
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
  const stream = useLeaseStream({ ...props, enabled: true });
  const [service, setService] = useState("");
  const [filter, setFilter] = useState("");
  const [follow, setFollow] = useState(true);
  const [paused, setPaused] = useState<StreamLine[] | null>(null);
  const box = useRef<HTMLPreElement>(null);
  const source = paused ?? stream.lines;
  const shown = useMemo(() => {
    const needle = filter.toLowerCase();
    return source
      .filter((l) => !service || l.source.startsWith(service))
      .filter((l) => !needle || l.text.toLowerCase().includes(needle))
      .slice(-VISIBLE);
  }, [source, service, filter]);

  useEffect(() => {
    if (follow && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [shown, follow]);

  const label = props.kind === "logs" ? "Logs" : "Events";
  const state = STATE_TEXT[stream.state];
  return (
    <section aria-label={label} className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold">{label}</h3>
        <Badge tone={state.tone}>{state.text}</Badge>
        {stream.error && <span className="text-xs text-red-700 dark:text-red-400">{stream.error}</span>}
      </div>
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
          aria-label={`Filter ${label.toLowerCase()}`}
          placeholder="Filter…"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className="w-40 min-w-0 flex-1"
        />
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} /> Follow
        </label>
        <Button size="sm" variant="secondary" onClick={() => setPaused(paused ? null : stream.lines)}>
          {paused ? "Resume" : "Pause"}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => download(source, `${props.lease.dseq}-${props.kind}.txt`)}
        >
          Download
        </Button>
      </div>
      <pre
        ref={box}
        data-testid={`${props.kind}-output`}
        className="h-64 overflow-auto whitespace-pre-wrap break-all rounded-lg bg-zinc-950 p-3 font-mono text-xs text-zinc-100"
      >
        {shown.length === 0
          ? stream.state === "live"
            ? "Nothing yet."
            : "Waiting for the stream…"
          : shown.map((l) => (
              <div key={l.id}>
                {l.source && <span className="text-sky-300">[{l.source}] </span>}
                {l.text}
              </div>
            ))}
      </pre>
    </section>
  );
}
