// One lease's log or event stream through the proxy, kept alive and honest. It says whether it
// is live (the proxy answered a ping lately, or a line came), quiet, stale or reconnecting; after
// a drop (an idle timeout cuts quiet streams on mainnet, console#799) it reconnects with backoff,
// asks for a tail again and lines it up with what was shown (log-resync.ts), so no line is lost or
// repeated, and writes a notice saying when it came back. A refused token is renewed once.
import { LogResync } from "./log-resync";
import { type StreamLine, levelOf, parseFrame, timeOf } from "./log-entry";
import { type ProviderSocket, type SocketFactory, openProviderSocket } from "./provider-socket";
import type { ProxyTarget } from "./proxy-client";

export type StreamState = "connecting" | "live" | "stale" | "reconnecting" | "failed" | "ended";

export interface ReconnectInfo {
  at: number;
  awayMs: number;
  /** re-sent lines already shown, dropped */
  repeats: number;
  /** a pod's tail shared nothing with what was shown: some lines may be missing */
  unmatched: boolean;
}

export interface StreamSnapshot {
  lines: readonly StreamLine[];
  state: StreamState;
  error: string | null;
  lastLineAt: number | null;
  /** the last proof the connection was alive (a frame or the proxy's pong) */
  checkedAt: number | null;
  reconnects: number;
  lastReconnect: ReconnectInfo | null;
  /** lines let go from the start to stay within MAX_LINES */
  trimmed: number;
}

export const INITIAL_TAIL = 500;
/** per pod, after a drop: the longest gap that can be filled */
export const RESYNC_TAIL = 1000;
export const MAX_LINES = 50_000;
export const PING_MS = 15_000;
/** no frame and no pong for this long: the connection is dead even if the socket says open */
export const STALE_MS = 35_000;
const FLUSH_MS = 100;
const MAX_BACKOFF_MS = 10_000;

export interface LeaseStreamOptions {
  kind: "logs" | "kubeevents";
  target: ProxyTarget;
  lease: { dseq: string; gseq: number; oseq: number };
  token(fresh: boolean): Promise<string>;
  onChange(): void;
  factory?: SocketFactory;
  now?: () => number;
}

export class LeaseStream {
  snapshot: StreamSnapshot = {
    lines: [],
    state: "connecting",
    error: null,
    lastLineAt: null,
    checkedAt: null,
    reconnects: 0,
    lastReconnect: null,
    trimmed: 0,
  };
  private readonly resync = new LogResync(RESYNC_TAIL);
  private readonly seenEvents = new Set<string>();
  private readonly now: () => number;
  private pending: StreamLine[] = [];
  private socket: ProviderSocket | null = null;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 0;
  private attempt = 0;
  private droppedAt: number | null = null;
  private everOpened = false;
  private renewToken = false;
  private renewedOnce = false;
  private refusedForGood = false;
  private stopped = false;

  constructor(private readonly o: LeaseStreamOptions) {
    this.now = o.now ?? (() => Date.now());
  }

  start(): void {
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.timers.forEach(clearTimeout);
    clearInterval(this.heartbeat);
    clearTimeout(this.flushTimer);
    this.socket?.close();
  }

  private update(patch: Partial<StreamSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.o.onChange();
  }

  private path(): string {
    const { dseq, gseq, oseq } = this.o.lease;
    const base = `/lease/${dseq}/${gseq}/${oseq}/${this.o.kind}?follow=true`;
    if (this.o.kind !== "logs") return base;
    return `${base}&tail=${this.everOpened ? RESYNC_TAIL : INITIAL_TAIL}`;
  }

  private async connect(): Promise<void> {
    let token: string;
    try {
      token = await this.o.token(this.renewToken);
    } catch (err) {
      return this.update({ state: "failed", error: err instanceof Error ? err.message : String(err) });
    }
    if (this.stopped) return;
    this.renewToken = false;
    if (this.everOpened) this.resync.reconnecting();
    this.socket = openProviderSocket(
      this.o.target,
      this.path(),
      token,
      {
        onOpen: () => this.opened(),
        onFrame: (data) => typeof data === "string" && this.frame(data),
        onPong: () => this.update({ checkedAt: this.now() }),
        onRefused: (r) => {
          // An expired or refused token is renewed once (a wallet prompt), not in a loop.
          if (r.providerStatus === 401) {
            if (this.renewedOnce) this.refusedForGood = true;
            else this.renewToken = this.renewedOnce = true;
          }
          this.update({ error: r.message });
        },
        onClose: (code, opened) => this.closed(code, opened),
      },
      this.o.factory,
    );
  }

  private opened(): void {
    const now = this.now();
    this.attempt = 0;
    this.renewedOnce = false;
    clearInterval(this.heartbeat);
    let lastPing = now;
    this.heartbeat = setInterval(() => {
      const t = this.now();
      if (t - (this.snapshot.checkedAt ?? t) >= STALE_MS) {
        this.update({ state: "stale" });
        this.socket?.close();
        return this.closed(1006, true);
      }
      if (t - lastPing >= PING_MS) {
        lastPing = t;
        this.socket?.ping();
      }
    }, 1_000);
    let lastReconnect = this.snapshot.lastReconnect;
    let reconnects = this.snapshot.reconnects;
    if (this.everOpened && this.droppedAt !== null) {
      const awayMs = now - this.droppedAt;
      lastReconnect = { at: now, awayMs, repeats: 0, unmatched: false };
      reconnects++;
      this.notice(
        `Reconnected at ${new Date(now).toLocaleTimeString()} after ${Math.max(1, Math.round(awayMs / 1000))} s; resuming where the stream stopped.`,
      );
    }
    this.everOpened = true;
    this.droppedAt = null;
    this.update({ state: "live", error: null, checkedAt: now, lastReconnect, reconnects });
  }

  private frame(data: string): void {
    const now = this.now();
    const { source, text } = parseFrame(this.o.kind, data);
    let shown = [text];
    let info = this.snapshot.lastReconnect;
    if (this.o.kind === "logs") {
      const step = this.resync.push(source, text);
      shown = step.show;
      if (info && step.resumed)
        info = { ...info, repeats: info.repeats + step.repeats, unmatched: info.unmatched || step.unmatched };
    } else if (this.seenEvents.has(data)) {
      // The events endpoint re-sends every event on a reconnect.
      shown = [];
    } else this.seenEvents.add(data);
    for (const line of shown)
      this.pending.push({
        id: this.nextId++,
        source,
        text: line,
        at: timeOf(line) ?? now,
        level: levelOf(line),
      });
    this.snapshot = {
      ...this.snapshot,
      checkedAt: now,
      lastReconnect: info,
      lastLineAt: shown.length ? now : this.snapshot.lastLineAt,
    };
    this.scheduleFlush();
  }

  private notice(text: string): void {
    this.pending.push({ id: this.nextId++, source: "", text, at: this.now(), level: "info", notice: true });
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushTimer !== undefined) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      let lines = this.snapshot.lines.concat(this.pending);
      this.pending = [];
      const over = Math.max(0, lines.length - MAX_LINES);
      if (over) lines = lines.slice(over);
      this.update({ lines, trimmed: this.snapshot.trimmed + over });
    }, FLUSH_MS);
  }

  private closed(code: number, opened: boolean): void {
    clearInterval(this.heartbeat);
    this.socket = null;
    if (this.stopped) return;
    // The provider ends a followed stream with 1000 when the lease's workloads are gone.
    if (opened && code === 1000) return this.update({ state: "ended" });
    // 44xx before the stream opened: the proxy refused for good (certificate, address, network).
    if (this.refusedForGood || (!opened && code >= 4400 && code < 4500))
      return this.update({ state: "failed" });
    this.droppedAt ??= this.now();
    this.attempt += 1;
    if (this.snapshot.state !== "stale") this.update({ state: "reconnecting" });
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.attempt);
    this.timers.push(setTimeout(() => void this.connect(), this.renewToken ? 0 : delay));
  }
}
