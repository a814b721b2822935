// Real servers for the proxy's tests: a provider gateway over HTTPS with its own certificate
// (which counts the sockets open to it), a REST gateway serving the on-chain provider and
// certificate records the proxy must trust, and the console server itself with the proxy in it,
// its structured log captured.
import { createServer, request as httpRequest, type Server } from "node:http";
import https from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { WebSocketServer } from "ws";
import { certificateManager } from "@akashnetwork/chain-sdk/web";
import { toBech32 } from "@cosmjs/encoding";
import { createConsoleServer, type ConsoleServer, type ServerTimeouts } from "../app";
import { createClientLimits, type ClientLimitsConfig } from "../client-limits";
import { createLogger } from "../log";
import { createProviderProxy, type ProviderProxy } from "../provider-proxy";
import type { ProxyNetwork } from "../provider-proxy/networks";
import { buildRuntimeConfig } from "../runtime-config";

export const PROVIDER = toBech32("akash", new Uint8Array(20).fill(7));
export const TENANT_TOKEN = "eyJhbGciOiJFUzI1NksifQ.eyJpc3MiOiJ0ZW5hbnQifQ.c2lnbmF0dXJl";

export type Closer = () => Promise<void>;

const listen = (server: Server | https.Server) =>
  new Promise<number>((done) =>
    server.listen(0, "127.0.0.1", () => done((server.address() as AddressInfo).port)),
  );
const closing = (server: Server | https.Server) => () =>
  new Promise<void>((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });

export interface FakeProvider {
  port: number;
  seen: { method: string; path: string; auth: string | undefined; body: string }[];
  /** TCP sockets open to the provider right now */
  openSockets(): number;
  /** websocket streams open at the provider right now */
  openStreams(): number;
}

async function startProvider(pem: { cert: string; privateKey: string }, closers: Closer[]) {
  const seen: FakeProvider["seen"] = [];
  const sockets = new Set<Socket>();
  const server = https.createServer({ cert: pem.cert, key: pem.privateKey }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({ method: req.method ?? "", path: req.url ?? "", auth: req.headers.authorization, body });
      if (req.url === "/big") return void res.end("x".repeat(11 * 1024 * 1024));
      if (req.url === "/missing") return void res.writeHead(404).end("no lease for deployment");
      if (req.url === "/slow") return void setTimeout(() => res.end("late"), 1_500);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ path: req.url, bodyBytes: body.length }));
    });
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  // A path ending in /expired is refused as the gateway refuses an expired JWT.
  const wss = new WebSocketServer({
    server,
    verifyClient: (info, done) =>
      info.req.url?.endsWith("/expired")
        ? done(false, 401, "Unauthorized", { "content-type": "application/json" })
        : done(true),
  });
  wss.on("connection", (ws, req) => {
    seen.push({ method: "WS", path: req.url ?? "", auth: req.headers.authorization, body: "" });
    ws.send(JSON.stringify({ name: "web-0", message: "hello" }));
    ws.on("message", (m, isBinary) =>
      isBinary ? ws.send(Buffer.concat([Buffer.from([100]), m as Buffer])) : ws.send(`echo:${m.toString()}`),
    );
  });
  const port = await listen(server);
  closers.push(closing(server));
  const provider: FakeProvider = {
    port,
    seen,
    openSockets: () => sockets.size,
    openStreams: () => wss.clients.size,
  };
  return provider;
}

export interface ProxyFixtureOptions {
  hostUri?: (port: number) => string;
  publishOtherCert?: boolean;
  allowLoopback?: boolean;
  limits?: ClientLimitsConfig;
  heartbeatMs?: number;
  timeouts?: Partial<ServerTimeouts>;
  allowedOrigins?: string[];
}

export interface ProxyFixture {
  provider: FakeProvider;
  hostUri: string;
  base: string;
  wsUrl: string;
  proxy: ProviderProxy;
  app: ConsoleServer;
  logs: string[];
  post(envelope: Record<string, unknown>): Promise<{ status: number; error: string | null; text: string }>;
}

export async function setupProxy(closers: Closer[], opts: ProxyFixtureOptions = {}): Promise<ProxyFixture> {
  const pem = await certificateManager.generatePEM(PROVIDER);
  const provider = await startProvider(pem, closers);
  const published = opts.publishOtherCert ? (await certificateManager.generatePEM(PROVIDER)).cert : pem.cert;
  const hostUri = opts.hostUri?.(provider.port) ?? `https://localhost:${provider.port}`;
  const rest = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    res.setHeader("content-type", "application/json");
    if (url.pathname === `/akash/provider/v1beta4/providers/${PROVIDER}`)
      return void res.end(
        JSON.stringify({ provider: { owner: PROVIDER, host_uri: hostUri, attributes: [] } }),
      );
    if (
      url.pathname === "/akash/cert/v1/certificates/list" &&
      url.searchParams.get("filter.owner") === PROVIDER
    ) {
      const cert = { state: "valid", cert: Buffer.from(published).toString("base64"), pubkey: "" };
      return void res.end(JSON.stringify({ certificates: [{ certificate: cert, serial: "1" }] }));
    }
    res.statusCode = 404;
    res.end(JSON.stringify({ code: 5, message: "not found" }));
  });
  const restPort = await listen(rest);
  closers.push(closing(rest));
  const network: ProxyNetwork = {
    id: "local",
    rest: [`http://127.0.0.1:${restPort}`],
    allowLoopback: opts.allowLoopback ?? true,
  };
  const logs: string[] = [];
  const log = createLogger({ level: "debug", write: (line) => logs.push(line) });
  const proxy = createProviderProxy({
    networks: [network],
    log,
    limits: opts.limits ? createClientLimits(opts.limits) : null,
    heartbeatMs: opts.heartbeatMs,
    allowedOrigins: opts.allowedOrigins,
  });
  const app = createConsoleServer({
    distDir: null,
    runtimeConfig: buildRuntimeConfig({ localnet: null }),
    localWallet: null,
    extensions: [proxy],
    log,
    timeouts: opts.timeouts,
  });
  const base = await app.listen(0);
  closers.push(() => app.close());
  // node:http with no agent (Connection: close): no client keep-alive socket or timer outlives
  // a request, so the leak tests can count what the proxy holds.
  const post: ProxyFixture["post"] = (envelope) =>
    new Promise((done, fail) => {
      const body = JSON.stringify({
        network: "local",
        providerAddress: PROVIDER,
        method: "GET",
        ...envelope,
      });
      const req = httpRequest(`${base}/provider-proxy`, {
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      });
      req.on("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", fail);
        res.on("end", () => {
          const relayed = res.headers["x-provider-status"];
          const error = res.headers["x-provider-proxy-error"];
          done({
            status: relayed ? Number(relayed) : (res.statusCode ?? 0),
            error: typeof error === "string" ? error : null,
            text: Buffer.concat(chunks).toString("utf8"),
          });
        });
      });
      req.on("error", fail);
      req.end(body);
    });
  return {
    provider,
    hostUri,
    base,
    wsUrl: `${base.replace("http", "ws")}/provider-proxy/ws`,
    proxy,
    app,
    logs,
    post,
  };
}
