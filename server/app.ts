// Owns the console's HTTP server: security headers on every response, the Host allowlist,
// /healthz and /readyz, /config.json, the local-key wallet hand-out, extensions (the provider
// proxy) and static files; hostile request lines become 4xx answers, never exceptions; and the
// drain that lets an instance leave a balancer without losing a request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { AddressInfo } from "node:net";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { createDrain, type DrainResult } from "./drain";
import { createHostGuard, type HostGuard } from "./host-guard";
import { pathnameOf, refuseUpgrade } from "./http-guard";
import { LOCAL_WALLET_PATH, localWalletRefusal, type LocalWallet } from "./local-wallet";
import { silentLogger, type Logger } from "./log";
import { sendJson, sendRuntimeConfig } from "./responses";
import { applySecurityHeaders } from "./security-headers";
import { createStaticHandler } from "./static-files";
import type { ServerExtension } from "./extension";
import type { RuntimeConfig } from "../src/config/config-json";

export type { LocalWallet } from "./local-wallet";
export type { RouteHandler, ServerExtension, UpgradeHandler } from "./extension";

export interface ServerTimeouts {
  /** time to receive all request headers */
  headersMs: number;
  /** time to receive a whole request, body included */
  requestMs: number;
  /** an idle keep-alive connection is closed after this */
  keepAliveMs: number;
  /** a connection on which nothing moves for this long is cut (above the relay deadline) */
  idleMs: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
  idleMs: 90_000,
};

export interface ConsoleServerOptions {
  /** the built app; null for a proxy-only instance */
  distDir: string | null;
  runtimeConfig: RuntimeConfig;
  /** the local network's tenant key; only when the local network runs, only to loopback clients */
  localWallet: LocalWallet | null;
  hostGuard?: HostGuard;
  extensions?: ServerExtension[];
  log?: Logger;
  timeouts?: Partial<ServerTimeouts>;
}

export interface ConsoleServer {
  server: Server;
  listen(port: number, host?: string): Promise<string>;
  /** stop taking work, let what is in flight finish (websockets are asked to reconnect) */
  drain(opts?: { delayMs?: number; deadlineMs?: number }): Promise<DrainResult>;
  close(): Promise<void>;
}

export function createConsoleServer(opts: ConsoleServerOptions): ConsoleServer {
  const serveStatic = opts.distDir ? createStaticHandler(opts.distDir) : null;
  const extensions = opts.extensions ?? [];
  const hostAllowed = opts.hostGuard ?? createHostGuard();
  const log = opts.log ?? silentLogger;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };

  async function ready(): Promise<{ ready: boolean; reason?: string }> {
    if (drain.draining) return { ready: false, reason: "draining" };
    if (!opts.distDir) return { ready: true };
    const built = await stat(join(opts.distDir, "index.html")).catch(() => null);
    return built ? { ready: true } : { ready: false, reason: "the console is not built" };
  }

  async function handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (pathname === "/config.json") return sendRuntimeConfig(req, res, opts.runtimeConfig);
    if (pathname === LOCAL_WALLET_PATH) {
      if (!opts.localWallet) return sendJson(res, 404, { message: "No local network is running." });
      const refusal = localWalletRefusal(req);
      if (refusal) return sendJson(res, refusal.status, { message: refusal.message });
      return sendJson(res, 200, opts.localWallet);
    }
    for (const ext of extensions) if (await ext.route?.(req, res, pathname)) return;
    if (req.method !== "GET" && req.method !== "HEAD")
      return sendJson(res, 405, { message: "Method not allowed" });
    if (!serveStatic) return sendJson(res, 404, { message: "This instance serves the provider proxy only." });
    await serveStatic(req, res, pathname);
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applySecurityHeaders(res);
    if (drain.draining) res.setHeader("Connection", "close");
    const pathname = pathnameOf(req.url);
    if (pathname === "/healthz") return sendJson(res, 200, { ok: true });
    if (pathname === "/readyz") {
      const state = await ready();
      return sendJson(res, state.ready ? 200 : 503, state);
    }
    if (!hostAllowed(req.headers.host))
      return sendJson(res, 421, { message: "This server does not answer to that host name." });
    if (pathname === null) return sendJson(res, 400, { message: "Bad request target." });
    await handle(req, res, pathname);
  }

  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // How often Node checks the two timeouts above; its 30 s default would blur them.
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    },
    (req, res) => {
      drain.track(res);
      onRequest(req, res).catch((err: unknown) => {
        log.error("request.failed", {
          method: req.method,
          message: err instanceof Error ? err.message : err,
        });
        if (!res.headersSent) sendJson(res, 500, { message: "Internal server error" });
        else res.destroy();
      });
    },
  );
  server.setTimeout(timeouts.idleMs);

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node takes its own error listener off an upgraded socket: without this one, a client
    // that resets the connection would throw from the socket.
    socket.on("error", () => socket.destroy());
    try {
      if (drain.draining) return refuseUpgrade(socket, 503, "This instance is shutting down.");
      if (!hostAllowed(req.headers.host))
        return refuseUpgrade(socket, 421, "This server does not answer to that host name.");
      const pathname = pathnameOf(req.url);
      if (pathname === null) return refuseUpgrade(socket, 400, "Bad request target.");
      for (const ext of extensions) if (ext.upgrade?.(req, socket, head, pathname)) return;
      refuseUpgrade(socket, 404, "No websocket here.");
    } catch (err) {
      log.error("upgrade.failed", { message: err instanceof Error ? err.message : String(err) });
      refuseUpgrade(socket, 500, "Internal server error");
    }
  });

  const drain = createDrain(server, extensions, log);

  return {
    server,
    listen(port, host = "127.0.0.1") {
      return new Promise((done, fail) => {
        server.once("error", fail);
        server.listen(port, host, () => {
          server.off("error", fail);
          const { port: actual } = server.address() as AddressInfo;
          done(`http://${host.includes(":") ? `[${host}]` : host}:${actual}`);
        });
      });
    },
    drain: (o) => drain.run(o),
    async close() {
      await drain.run({ delayMs: 0, deadlineMs: 0 });
    },
  };
}
