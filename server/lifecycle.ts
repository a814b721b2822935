// How a server process ends. A signal (SIGTERM from an orchestrator, Ctrl-C) drains the server
// and then runs the cleanups; an uncaught exception or unhandled rejection is logged and runs
// the same cleanups before the process exits non-zero. Either way what the process started
// (the local network under `npm start`) is stopped. A second signal exits at once.
import type { ConsoleServer } from "./app";
import type { Logger } from "./log";

export type Cleanup = () => Promise<void>;

const CLEANUP_LIMIT_MS = 20_000;

export function stopOnExit(opts: {
  drain: { delayMs: number; deadlineMs: number };
  log: Logger;
  cleanups: Cleanup[];
  /** for tests; defaults to process.exit */
  exit?: (code: number) => void;
}): { stop(reason: string, code: number): Promise<void>; attach(app: ConsoleServer): void } {
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  let app: ConsoleServer | null = null;

  async function runCleanups(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((done) => (timer = setTimeout(done, CLEANUP_LIMIT_MS)));
    const all = Promise.allSettled(opts.cleanups.map((c) => c())).then(() => undefined);
    await Promise.race([all, limit]);
    clearTimeout(timer);
  }

  async function stop(reason: string, code: number): Promise<void> {
    if (stopping) return;
    stopping = true;
    opts.log.info("server.stopping", { reason });
    try {
      // A crashed process does not wait for clients: its state is not to be trusted.
      if (code === 0) await app?.drain(opts.drain);
      else await app?.drain({ delayMs: 0, deadlineMs: 0 });
    } catch (err) {
      opts.log.error("server.drain.failed", { message: err instanceof Error ? err.message : String(err) });
    }
    await runCleanups();
    exit(code);
  }

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      opts.log.warn("server.killed", { signal });
      return exit(130);
    }
    void stop(signal, 0);
  };
  const onCrash = (err: unknown) => {
    opts.log.error("server.crashed", {
      message: err instanceof Error ? err.message : String(err),
      stack: err instanceof Error ? err.stack : undefined,
    });
    if (stopping) return;
    void stop("crash", 1);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);
  return {
    stop,
    attach(server) {
      app = server;
    },
  };
}
