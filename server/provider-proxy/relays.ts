// Owns the relays open at one moment: each from its first byte to its last close, with the
// cleanups that free its sockets and timers, one heartbeat for every websocket (one timer for
// all, stopped when none is open), one log line when it ends, and the drain that closes them.
import type { WebSocket } from "ws";
import type { LogFields, Logger } from "../log";

/** How often websockets are pinged; a peer that missed the last ping is cut. */
export const HEARTBEAT_MS = 20_000;

export interface Relay {
  readonly kind: "http" | "ws";
  readonly ended: boolean;
  /** what the relay is for, for its log line (the token and the query string are left out) */
  describe(target: { network: string; providerAddress: string; url: string }): void;
  /** keep this websocket in the heartbeat while the relay lives */
  watch(ws: WebSocket): void;
  onEnd(cleanup: () => void): void;
  /** a graceful close for a drain (websockets: close frame 1012, "service restart") */
  onShutdown(shutdown: () => void): void;
  end(fields?: LogFields): void;
}

export interface RelaySet {
  readonly open: number;
  add(relay: Relay & { heartbeat(): void; shutdown(): void }): () => void;
  /** asks every relay to finish, resolves when none is left */
  drain(): Promise<void>;
  /** ends what is left (after the drain deadline) */
  endAll(): void;
}

type Tracked = Relay & { heartbeat(): void; shutdown(): void };

export function createRelaySet(opts: { heartbeatMs?: number } = {}): RelaySet {
  const live = new Set<Tracked>();
  let timer: ReturnType<typeof setInterval> | undefined;
  const idle: (() => void)[] = [];
  const settle = () => {
    if (live.size > 0) return;
    clearInterval(timer);
    timer = undefined;
    for (const done of idle.splice(0)) done();
  };
  return {
    get open() {
      return live.size;
    },
    add(relay) {
      live.add(relay);
      timer ??= setInterval(() => {
        for (const r of live) r.heartbeat();
      }, opts.heartbeatMs ?? HEARTBEAT_MS);
      return () => {
        live.delete(relay);
        settle();
      };
    },
    drain() {
      for (const r of live) r.shutdown();
      return live.size === 0 ? Promise.resolve() : new Promise((done) => idle.push(done));
    },
    endAll() {
      for (const r of [...live]) r.end({ drained: "forced" });
    },
  };
}

export function startRelay(
  set: RelaySet,
  opts: { kind: Relay["kind"]; client: string; log: Logger; now?: () => number },
): Relay {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const cleanups: (() => void)[] = [];
  const shutdowns: (() => void)[] = [];
  const alive = new Map<WebSocket, boolean>();
  let target: LogFields = {};
  let ended = false;

  const relay: Tracked = {
    kind: opts.kind,
    get ended() {
      return ended;
    },
    describe(t) {
      let host = "";
      let path = "";
      try {
        const url = new URL(t.url);
        host = url.host;
        path = url.pathname;
      } catch {
        // the envelope was refused for it already
      }
      target = { network: t.network, provider: t.providerAddress, host, path };
    },
    watch(ws) {
      alive.set(ws, true);
      ws.on("pong", () => alive.set(ws, true));
    },
    onEnd(cleanup) {
      if (ended) cleanup();
      else cleanups.push(cleanup);
    },
    onShutdown(shutdown) {
      shutdowns.push(shutdown);
    },
    heartbeat() {
      for (const [ws, ok] of alive) {
        if (!ok) return relay.end({ error: "heartbeat" });
        alive.set(ws, false);
        if (ws.readyState === ws.OPEN) ws.ping();
      }
    },
    shutdown() {
      for (const s of shutdowns) s();
    },
    end(fields = {}) {
      if (ended) return;
      ended = true;
      remove();
      for (const cleanup of cleanups.splice(0)) {
        try {
          cleanup();
        } catch (err) {
          opts.log.error("proxy.cleanup.failed", {
            message: err instanceof Error ? err.message : String(err),
          });
        }
      }
      opts.log.info("proxy.relay", {
        kind: opts.kind,
        client: opts.client,
        ...target,
        ms: Math.round(now() - started),
        ...fields,
      });
    },
  };
  const remove = set.add(relay);
  return relay;
}
