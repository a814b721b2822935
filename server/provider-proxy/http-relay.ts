// POST {prefix} with a JSON envelope → one HTTPS request to the provider over a verified
// connection → the provider's status (x-provider-status), content type and body, streamed back
// with a size cap. The proxy's own refusals use real HTTP statuses and x-provider-proxy-error.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import {
  DEFAULT_TIMEOUT_MS,
  httpEnvelopeSchema,
  PROVIDER_STATUS_HEADER,
  PROXY_ERROR_HEADER,
  type HttpEnvelope,
  type ProxyFailure,
} from "./envelope";
import type { Logger } from "../log";
import { startRelay, type Relay, type RelaySet } from "./relays";
import { openTarget, ProxyFailureError, type TargetDeps } from "./target";

export const MAX_ENVELOPE_BYTES = 1024 * 1024;
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

export function sendFailure(res: ServerResponse, failure: ProxyFailure): void {
  if (res.writableEnded) return;
  if (res.headersSent) return void res.destroy();
  res.statusCode = failure.status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader(PROXY_ERROR_HEADER, failure.code);
  res.end(JSON.stringify({ error: failure.code, message: failure.message }));
}

type Body = { text: string } | { refused: "too-large" | "gone" };

function readEnvelope(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = Number(req.headers["content-length"] ?? 0);
    if (size > MAX_ENVELOPE_BYTES) return resolve({ refused: "too-large" });
    size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_ENVELOPE_BYTES) {
        resolve({ refused: "too-large" });
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve({ text: Buffer.concat(chunks).toString("utf8") }));
    // A client that leaves mid-body: its response's close ends the relay.
    req.on("error", () => resolve({ refused: "gone" }));
    req.on("close", () => resolve({ refused: "gone" }));
  });
}

async function parse(req: IncomingMessage): Promise<HttpEnvelope | ProxyFailure> {
  // JSON only: a cross-site form post cannot send it without a CORS preflight we never answer.
  if (!String(req.headers["content-type"] ?? "").startsWith("application/json"))
    return { status: 415, code: "bad-request", message: "Send the envelope as application/json." };
  const body = await readEnvelope(req);
  if ("refused" in body)
    return body.refused === "gone"
      ? { status: 400, code: "bad-request", message: "The request ended before its body." }
      : {
          status: 413,
          code: "too-large",
          message: `The request is larger than ${MAX_ENVELOPE_BYTES} bytes.`,
        };
  const text = body.text;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 400, code: "bad-request", message: "The envelope is not JSON." };
  }
  const parsed = httpEnvelopeSchema.safeParse(raw);
  if (!parsed.success)
    return { status: 400, code: "bad-request", message: parsed.error.issues[0]?.message ?? "bad envelope" };
  return parsed.data;
}

// The whole relay, connection to last byte, however slowly a provider trickles its answer.
export const RELAY_DEADLINE_MS = 60_000;

export interface HttpRelayDeps extends TargetDeps {
  log: Logger;
  relays: RelaySet;
}

function forward(
  env: HttpEnvelope,
  target: Awaited<ReturnType<typeof openTarget>>,
  res: ServerResponse,
  relay: Relay,
  timeoutMs: number,
): void {
  const headers: Record<string, string> = { host: target.url.host, accept: "application/json" };
  if (env.token) headers.authorization = `Bearer ${env.token}`;
  if (env.body !== undefined) headers["content-type"] = "application/json";
  let upstream: http.ClientRequest;
  try {
    upstream = http.request({
      method: env.method,
      path: target.url.pathname + target.url.search,
      headers,
      // No agent: with one, Node ignores createConnection and dials on its own.
      createConnection: () => target.socket,
      timeout: timeoutMs,
    });
  } catch (err) {
    // The envelope schema should make this unreachable; the socket must not leak if it is not.
    target.socket.destroy();
    sendFailure(res, { status: 400, code: "bad-request", message: "The request cannot be sent." });
    return relay.end({ error: err instanceof Error ? err.message : "request" });
  }
  relay.onEnd(() => upstream.destroy());
  upstream.on("response", (answer) => {
    let size = 0;
    // The provider's status travels in a header: a provider's routine 404 ("no lease for
    // deployment" while it catches up) is an answer, not a failed load in the browser console.
    res.statusCode = 200;
    res.setHeader(PROVIDER_STATUS_HEADER, String(answer.statusCode ?? 502));
    res.setHeader("Content-Type", String(answer.headers["content-type"] ?? "text/plain; charset=utf-8"));
    res.setHeader("Cache-Control", "no-store");
    answer.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_RESPONSE_BYTES) return void (res.destroy(), relay.end({ error: "too-large" }));
      res.write(c);
    });
    answer.on("end", () => (res.end(), relay.end({ providerStatus: answer.statusCode })));
    answer.on("error", () => (res.destroy(), relay.end({ error: "provider-answer" })));
  });
  upstream.on("timeout", () => {
    sendFailure(res, {
      status: 504,
      code: "timeout",
      message: `${target.url.host} did not answer within ${timeoutMs} ms.`,
    });
    relay.end({ error: "timeout" });
  });
  upstream.on("error", (err) => {
    sendFailure(res, {
      status: 502,
      code: "unreachable",
      message: `The provider dropped the request: ${err.message}`,
    });
    relay.end({ error: "unreachable" });
  });
  upstream.end(env.body);
}

export function createHttpRelay(deps: HttpRelayDeps) {
  return async function handle(req: IncomingMessage, res: ServerResponse, client: string): Promise<void> {
    const relay = startRelay(deps.relays, { kind: "http", client, log: deps.log });
    // A browser that gives up (navigation, abort) frees the provider connection at once.
    res.once("close", () => relay.end(res.writableFinished ? {} : { error: "client-gone" }));
    const deadline = setTimeout(() => {
      sendFailure(res, { status: 504, code: "timeout", message: "The provider relay took too long." });
      relay.end({ error: "deadline" });
    }, RELAY_DEADLINE_MS);
    relay.onEnd(() => clearTimeout(deadline));
    const refuse = (failure: ProxyFailure) => {
      sendFailure(res, failure);
      relay.end({ refused: failure.code, status: failure.status });
    };
    try {
      if (req.method !== "POST")
        return refuse({ status: 405, code: "bad-request", message: "POST an envelope." });
      const env = await parse(req);
      if (relay.ended) return;
      if ("code" in env) return refuse(env);
      relay.describe(env);
      const timeoutMs = env.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const target = await openTarget(deps, env, timeoutMs);
      if (relay.ended) return void target.socket.destroy();
      forward(env, target, res, relay, timeoutMs);
    } catch (err) {
      if (!(err instanceof ProxyFailureError)) {
        relay.end({ error: "proxy" });
        throw err;
      }
      refuse(err.failure);
    }
  };
}
