// The provider proxy: browsers cannot reach provider gateways (no CORS, self-signed
// certificates), so the console server relays for them, but only to the host each provider
// registered on chain, over TLS pinned to the certificate it published there, never to private
// addresses, with capped sizes, timeouts and per-client limits. Tokens are relayed, never logged.
// It keeps no per-user state: any instance can serve any request, so instances scale out.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { RouteHandler, UpgradeHandler } from "../app";
import { clientKey, type ClientLimits } from "../client-limits";
import { refuseUpgrade } from "../http-guard";
import { silentLogger, type Logger } from "../log";
import type { Resolver } from "./address-guard";
import { createProviderDirectory } from "./chain";
import { allowOrigin, answerPreflight, createOriginPolicy, refuseOrigin } from "./cors";
import { PROXY_ERROR_HEADER } from "./envelope";
import { createHttpRelay } from "./http-relay";
import type { ProxyNetwork } from "./networks";
import { createRelaySet } from "./relays";
import { createWsRelay } from "./ws-relay";

export const PROVIDER_PROXY_PATH = "/provider-proxy";

export interface ProviderProxyOptions {
  networks: readonly ProxyNetwork[];
  prefix?: string;
  fetchImpl?: typeof fetch;
  resolve?: Resolver;
  log?: Logger;
  limits?: ClientLimits | null;
  /** who the client is (the socket peer, or X-Forwarded-For behind trusted proxies) */
  clientAddress?: (req: IncomingMessage) => string;
  heartbeatMs?: number;
  /** other sites whose pages may use this proxy (the console on a CDN); see cors.ts */
  allowedOrigins?: readonly string[];
}

export interface ProviderProxy {
  route: RouteHandler;
  upgrade: UpgradeHandler;
  /** relays open now (HTTP in flight and websocket streams) */
  openRelays(): number;
  /** closes websocket streams with 1012 and waits for every relay to finish */
  drain(): Promise<void>;
  /** ends every relay left (the drain deadline passed) */
  endAll(): void;
}

function tooMany(res: ServerResponse, retryAfterSec: number, message: string): void {
  res.statusCode = 429;
  res.setHeader("Retry-After", String(retryAfterSec));
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader(PROXY_ERROR_HEADER, "rate-limited");
  res.end(JSON.stringify({ error: "rate-limited", message }));
}

export function createProviderProxy(opts: ProviderProxyOptions): ProviderProxy {
  const prefix = opts.prefix ?? PROVIDER_PROXY_PATH;
  const log = opts.log ?? silentLogger;
  const relays = createRelaySet({ heartbeatMs: opts.heartbeatMs });
  const deps = {
    networks: opts.networks,
    directory: createProviderDirectory(opts.fetchImpl),
    resolve: opts.resolve,
    log,
    relays,
  };
  const http = createHttpRelay(deps);
  const ws = createWsRelay(deps);
  const who = opts.clientAddress ?? ((req: IncomingMessage) => req.socket.remoteAddress ?? "unknown");
  const origins = createOriginPolicy(opts.allowedOrigins ?? []);
  const admit = (client: string) =>
    opts.limits ? opts.limits.admit(clientKey(client)) : { ok: true as const, release: () => undefined };

  return {
    async route(req, res, pathname) {
      if (pathname !== prefix) return false;
      if (req.method === "OPTIONS") {
        answerPreflight(req, res, origins);
        return true;
      }
      const origin = origins.classify(req);
      if (origin === "refused") {
        refuseOrigin(res);
        return true;
      }
      if (origin === "allowed") allowOrigin(req, res);
      const client = who(req);
      const admission = admit(client);
      if (!admission.ok) {
        log.warn("proxy.limited", { client, reason: admission.reason });
        tooMany(res, admission.retryAfterSec, admission.message);
        return true;
      }
      res.once("close", admission.release);
      await http(req, res, client);
      return true;
    },
    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, pathname: string) {
      if (pathname !== `${prefix}/ws`) return false;
      // A browser sends Origin on every websocket: this site or a listed one only.
      if (origins.classify(req) === "refused") {
        refuseUpgrade(
          socket,
          403,
          "The provider proxy serves this site's pages and the origins its operator allows.",
        );
        return true;
      }
      const client = who(req);
      const admission = admit(client);
      if (!admission.ok) {
        log.warn("proxy.limited", { client, reason: admission.reason });
        refuseUpgrade(socket, 429, admission.message);
        return true;
      }
      ws(req, socket, head, { client, release: admission.release });
      return true;
    },
    openRelays: () => relays.open,
    drain: () => relays.drain(),
    endAll: () => relays.endAll(),
  };
}

export { proxyNetworks, type ProxyNetwork } from "./networks";
