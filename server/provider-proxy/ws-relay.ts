// The websocket relay: the browser opens {prefix}/ws and sends one JSON envelope (the JWT rides
// in it, since browsers cannot set headers on websockets); the proxy answers {type:"open"} once
// the provider accepted, or {type:"error", code, message} and closes. After "open", frames pass
// through unchanged in both directions and the provider's close code is forwarded.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import { wsEnvelopeSchema, type ProxyFailure } from "./envelope";
import { openTarget, ProxyFailureError, type TargetDeps } from "./target";

const ENVELOPE_WAIT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 15_000;
// Pings keep idle log streams alive through NATs and proxies (logs that silently stop are
// the peer console's pain point 5).
const PING_MS = 20_000;
export const MAX_FRAME_BYTES = 1024 * 1024;

function closeCodeFor(code: number): number {
  return code === 1000 || (code >= 4000 && code <= 4999) ? code : 1011;
}

function sendFailure(client: WebSocket, failure: ProxyFailure): void {
  client.send(
    JSON.stringify({ type: "error", code: failure.code, status: failure.status, message: failure.message }),
  );
  client.close(4000 + Math.min(999, failure.status), failure.code);
}

function pipe(client: WebSocket, upstream: WebSocket): void {
  const ping = setInterval(() => {
    if (client.readyState === WebSocket.OPEN) client.ping();
    if (upstream.readyState === WebSocket.OPEN) upstream.ping();
  }, PING_MS);
  upstream.on("message", (data: RawData, isBinary) => client.send(data, { binary: isBinary }));
  client.on("message", (data: RawData, isBinary) => {
    if (upstream.readyState === WebSocket.OPEN) upstream.send(data, { binary: isBinary });
  });
  upstream.on("close", (code, reason) => {
    clearInterval(ping);
    if (client.readyState === WebSocket.OPEN)
      client.close(closeCodeFor(code), reason.toString().slice(0, 120));
  });
  client.on("close", () => {
    clearInterval(ping);
    upstream.terminate();
  });
  upstream.on("error", () => client.close(1011, "provider connection failed"));
}

async function connectUpstream(deps: TargetDeps, client: WebSocket, raw: RawData): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString());
  } catch {
    return sendFailure(client, {
      status: 400,
      code: "bad-request",
      message: "The first message must be a JSON envelope.",
    });
  }
  const env = wsEnvelopeSchema.safeParse(json);
  if (!env.success)
    return sendFailure(client, {
      status: 400,
      code: "bad-request",
      message: env.error.issues[0]?.message ?? "bad envelope",
    });
  let target;
  try {
    target = await openTarget(deps, env.data, CONNECT_TIMEOUT_MS);
  } catch (err) {
    if (err instanceof ProxyFailureError) return sendFailure(client, err.failure);
    throw err;
  }
  const wsUrl = target.url.href.replace(/^https:/, "wss:");
  const upstream = new WebSocket(wsUrl, {
    createConnection: () => target.socket,
    headers: env.data.token ? { authorization: `Bearer ${env.data.token}` } : {},
    maxPayload: MAX_FRAME_BYTES,
    handshakeTimeout: CONNECT_TIMEOUT_MS,
  });
  upstream.once("unexpected-response", (_req, res) => {
    const chunks: Buffer[] = [];
    res.on("data", (c: Buffer) => chunks.push(c));
    res.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8").slice(0, 500).trim();
      sendFailure(client, {
        status: 502,
        code: "unreachable",
        message: `The provider refused the stream (HTTP ${res.statusCode}): ${text}`,
      });
    });
  });
  upstream.once("open", () => {
    client.send(JSON.stringify({ type: "open" }));
    pipe(client, upstream);
  });
  upstream.once("error", (err) => {
    if (client.readyState === WebSocket.OPEN && upstream.readyState !== WebSocket.OPEN)
      sendFailure(client, {
        status: 502,
        code: "unreachable",
        message: `Could not open the provider stream: ${err.message}`,
      });
  });
}

export function createWsRelay(deps: TargetDeps) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  wss.on("connection", (client: WebSocket) => {
    const timer = setTimeout(() => client.close(4408, "no envelope"), ENVELOPE_WAIT_MS);
    client.once("message", (raw: RawData) => {
      clearTimeout(timer);
      connectUpstream(deps, client, raw).catch((err: unknown) => {
        console.error("provider-proxy ws failed", err instanceof Error ? err.message : err);
        client.close(1011, "proxy error");
      });
    });
  });
  return function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    // Same-origin only: another site must not drive the proxy from a visitor's browser.
    const origin = req.headers.origin;
    if (origin && new URL(origin).host !== req.headers.host) {
      socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
      return;
    }
    wss.handleUpgrade(req, socket, head, (client) => wss.emit("connection", client, req));
  };
}
