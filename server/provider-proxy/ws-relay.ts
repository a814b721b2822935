// The websocket relay: the browser opens {prefix}/ws and sends one JSON envelope (the JWT rides
// in it, since browsers cannot set headers on websockets); the proxy answers {type:"open"} once
// the provider accepted, or {type:"error", code, message, providerStatus?} and closes. After
// "open", frames pass through unchanged in both directions and the provider's close code is
// forwarded, with one exception: a text frame that is exactly {"type":"ping"} is answered
// {"type":"pong"} by the proxy and not forwarded (as Console's provider-proxy does), so a page can
// tell a quiet stream from a dead connection; a browser cannot send websocket pings itself.
// Every relay is tracked from the first byte to the last close, so a client that leaves at any
// moment takes its provider stream and timers with it, and a drain can close them all.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import type { Logger } from "../log";
import { wsEnvelopeSchema, type ProxyFailure } from "./envelope";
import { startRelay, type Relay, type RelaySet } from "./relays";
import { openTarget, ProxyFailureError, type TargetDeps } from "./target";

const ENVELOPE_WAIT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 15_000;
export const MAX_FRAME_BYTES = 1024 * 1024;

export interface WsRelayDeps extends TargetDeps {
  log: Logger;
  relays: RelaySet;
}

function closeCodeFor(code: number): number {
  return code === 1000 || (code >= 4000 && code <= 4999) ? code : 1011;
}

const PING = '{"type":"ping"}';
const PONG = '{"type":"pong"}';

function sendFailure(client: WebSocket, failure: ProxyFailure, providerStatus?: number): void {
  if (client.readyState !== WebSocket.OPEN) return;
  client.send(
    JSON.stringify({
      type: "error",
      code: failure.code,
      status: failure.status,
      message: failure.message,
      // The gateway's own refusal (401: the JWT is invalid or expired), for the page to act on.
      ...(providerStatus ? { providerStatus } : {}),
    }),
  );
  client.close(4000 + Math.min(999, failure.status), failure.code);
}

function parseEnvelope(raw: RawData) {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString());
  } catch {
    return null;
  }
  return wsEnvelopeSchema.safeParse(json);
}

function pipe(relay: Relay, client: WebSocket, upstream: WebSocket): void {
  relay.watch(upstream);
  upstream.on("message", (data: RawData, isBinary) => client.send(data, { binary: isBinary }));
  client.on("message", (data: RawData, isBinary) => {
    if (!isBinary && data.toString() === PING) return void client.send(PONG);
    if (upstream.readyState === WebSocket.OPEN) upstream.send(data, { binary: isBinary });
  });
  upstream.on("close", (code, reason) => {
    if (client.readyState === WebSocket.OPEN)
      client.close(closeCodeFor(code), reason.toString().slice(0, 120));
    relay.end({ upstreamClose: code });
  });
}

async function connectUpstream(deps: WsRelayDeps, relay: Relay, client: WebSocket, raw: RawData) {
  const env = parseEnvelope(raw);
  if (!env?.success)
    return sendFailure(client, {
      status: 400,
      code: "bad-request",
      message: env
        ? (env.error.issues[0]?.message ?? "bad envelope")
        : "The first message must be a JSON envelope.",
    });
  relay.describe(env.data);
  const target = await openTarget(deps, env.data, CONNECT_TIMEOUT_MS);
  // The client may have left while the proxy looked the provider up and dialed it.
  if (relay.ended) return void target.socket.destroy();
  const upstream = new WebSocket(target.url.href.replace(/^https:/, "wss:"), {
    createConnection: () => target.socket,
    headers: env.data.token ? { authorization: `Bearer ${env.data.token}` } : {},
    maxPayload: MAX_FRAME_BYTES,
    handshakeTimeout: CONNECT_TIMEOUT_MS,
  });
  relay.onEnd(() => {
    upstream.terminate();
    target.socket.destroy();
  });
  upstream.once("unexpected-response", (_req, res) => {
    const chunks: Buffer[] = [];
    res.on("data", (c: Buffer) => chunks.push(c));
    res.on("error", () => undefined);
    res.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8").slice(0, 500).trim();
      sendFailure(
        client,
        {
          status: 502,
          code: "unreachable",
          message: `The provider refused the stream (HTTP ${res.statusCode}): ${text}`,
        },
        res.statusCode,
      );
      relay.end({ providerStatus: res.statusCode });
    });
  });
  let open = false;
  upstream.once("open", () => {
    if (relay.ended) return;
    open = true;
    client.send(JSON.stringify({ type: "open" }));
    pipe(relay, client, upstream);
  });
  upstream.on("error", (err) => {
    if (!open)
      sendFailure(client, {
        status: 502,
        code: "unreachable",
        message: `Could not open the provider stream: ${err.message}`,
      });
    else if (client.readyState === WebSocket.OPEN) client.close(1011, "provider connection failed");
    relay.end({ error: "upstream" });
  });
}

export function createWsRelay(deps: WsRelayDeps) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  function serve(client: WebSocket, relay: Relay): void {
    relay.watch(client);
    // A drain asks the browser to come back (to another instance): 1012 is "service restart".
    relay.onShutdown(() => client.close(1012, "server restarting"));
    // Without this listener a bad frame from the client (too large, invalid UTF-8) would throw.
    client.on("error", () => relay.end({ error: "client" }));
    client.on("close", (code) => relay.end({ clientClose: code }));
    relay.onEnd(() => {
      if (client.readyState === WebSocket.OPEN || client.readyState === WebSocket.CONNECTING)
        client.terminate();
    });
    const timer = setTimeout(() => client.close(4408, "no envelope"), ENVELOPE_WAIT_MS);
    relay.onEnd(() => clearTimeout(timer));
    client.once("message", (raw: RawData) => {
      clearTimeout(timer);
      connectUpstream(deps, relay, client, raw).catch((err: unknown) => {
        if (err instanceof ProxyFailureError) sendFailure(client, err.failure);
        else {
          deps.log.error("proxy.ws.failed", { message: err instanceof Error ? err.message : String(err) });
          if (client.readyState === WebSocket.OPEN) client.close(1011, "proxy error");
        }
        relay.end({ refused: err instanceof ProxyFailureError ? err.failure.code : "error" });
      });
    });
  }

  return function handleUpgrade(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    ctx: { client: string; release: () => void },
  ): void {
    const relay = startRelay(deps.relays, { kind: "ws", client: ctx.client, log: deps.log });
    relay.onEnd(ctx.release);
    // Until the handshake completes, the raw socket is all there is to watch.
    let upgraded = false;
    socket.once("close", () => {
      if (!upgraded) relay.end({ error: "handshake" });
    });
    wss.handleUpgrade(req, socket, head, (client) => {
      upgraded = true;
      serve(client, relay);
    });
  };
}
