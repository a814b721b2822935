// Owns the console's HTTP server: security headers on every response, /config.json,
// the local-key wallet hand-out, pluggable routes (the provider proxy) and static files.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { AddressInfo } from "node:net";
import { applySecurityHeaders } from "./security-headers";
import { createStaticHandler } from "./static-files";
import type { RuntimeConfig } from "../src/config/config-json";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean;

export interface LocalWallet {
  name: string;
  address: string;
  mnemonic: string;
}

export interface ConsoleServerOptions {
  distDir: string;
  runtimeConfig: RuntimeConfig;
  /** the local network's tenant key; only when the local network runs, only to loopback clients */
  localWallet: LocalWallet | null;
  routes?: RouteHandler[];
  upgrades?: UpgradeHandler[];
}

export interface ConsoleServer {
  server: Server;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify(body));
}

export function createConsoleServer(opts: ConsoleServerOptions): ConsoleServer {
  const serveStatic = createStaticHandler(opts.distDir);
  const routes = opts.routes ?? [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applySecurityHeaders(res);
    const { pathname } = new URL(req.url ?? "/", "http://x");
    if (pathname === "/config.json") return sendJson(res, 200, opts.runtimeConfig);
    if (pathname === "/local/wallet.json") {
      if (!opts.localWallet) return sendJson(res, 404, { message: "No local network is running." });
      if (!isLoopbackAddress(req.socket.remoteAddress)) {
        return sendJson(res, 403, { message: "The local key is only handed to this machine." });
      }
      return sendJson(res, 200, opts.localWallet);
    }
    if (pathname === "/healthz") return sendJson(res, 200, { ok: true });
    for (const route of routes) if (await route(req, res)) return;
    if (req.method !== "GET" && req.method !== "HEAD")
      return sendJson(res, 405, { message: "Method not allowed" });
    await serveStatic(req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error("request failed", req.method, req.url, err instanceof Error ? err.message : err);
      if (!res.headersSent) sendJson(res, 500, { message: "Internal server error" });
      else res.destroy();
    });
  });
  server.on("upgrade", (req, socket, head) => {
    for (const upgrade of opts.upgrades ?? []) if (upgrade(req, socket, head)) return;
    socket.destroy();
  });

  return {
    server,
    listen(port, host = "127.0.0.1") {
      return new Promise((done, fail) => {
        server.once("error", fail);
        server.listen(port, host, () => {
          const { port: actual } = server.address() as AddressInfo;
          done(`http://${host}:${actual}`);
        });
      });
    },
    close() {
      return new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      });
    },
  };
}
