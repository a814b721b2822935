// The graceful drain of one instance (SIGTERM behind a balancer): /readyz answers 503 at once so
// the balancer stops sending work; after `delayMs` (the balancer's time to notice) the listener
// closes, websocket relays are asked to reconnect elsewhere (close 1012), HTTP requests in flight
// finish and their connections close; whatever is left at `deadlineMs` is cut.
import type { Server, ServerResponse } from "node:http";
import type { ServerExtension } from "./extension";
import type { Logger } from "./log";

export interface DrainResult {
  /** true when the deadline cut work that had not finished */
  forced: boolean;
  ms: number;
}

const sleep = (ms: number) =>
  new Promise<void>((done) => (ms > 0 ? setTimeout(done, ms) : setImmediate(done)));

export function createDrain(server: Server, extensions: readonly ServerExtension[], log: Logger) {
  const inFlight = new Set<ServerResponse>();
  const emptied: (() => void)[] = [];
  let draining = false;
  let running: Promise<DrainResult> | null = null;

  const requestsDone = () =>
    inFlight.size === 0 ? Promise.resolve() : new Promise<void>((done) => emptied.push(done));

  async function run(opts: { delayMs?: number; deadlineMs?: number } = {}): Promise<DrainResult> {
    const started = performance.now();
    draining = true;
    log.info("server.draining", { open: inFlight.size, delayMs: opts.delayMs ?? 0 });
    await sleep(opts.delayMs ?? 0);
    const closed = new Promise<void>((done) => server.close(() => done()));
    for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
    // Keep-alive connections that go idle while the drain runs are closed as they do.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    server.closeIdleConnections();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<true>(
      (done) => (timer = setTimeout(() => done(true), opts.deadlineMs ?? 0)),
    );
    const settled = Promise.all([requestsDone(), ...extensions.map((e) => e.drain?.())]).then(() => false);
    const forced = await Promise.race([settled, deadline]);
    clearTimeout(timer);
    clearInterval(sweep);
    for (const ext of extensions) ext.endAll?.();
    server.closeAllConnections();
    // Websockets still finishing their close handshake do not hold the drain up for long.
    let cap: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([closed, new Promise<void>((done) => (cap = setTimeout(done, 1_000)))]);
    clearTimeout(cap);
    const result = { forced, ms: Math.round(performance.now() - started) };
    log.info("server.drained", { ...result });
    return result;
  }

  return {
    get draining() {
      return draining;
    },
    track(res: ServerResponse): void {
      inFlight.add(res);
      res.once("close", () => {
        inFlight.delete(res);
        if (inFlight.size === 0) for (const done of emptied.splice(0)) done();
      });
    },
    run(opts?: { delayMs?: number; deadlineMs?: number }): Promise<DrainResult> {
      running ??= run(opts);
      return running;
    },
  };
}
