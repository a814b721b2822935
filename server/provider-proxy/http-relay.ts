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
import { openTarget, ProxyFailureError, type TargetDeps } from "./target";

export const MAX_ENVELOPE_BYTES = 1024 * 1024;
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

export function sendFailure(res: ServerResponse, failure: ProxyFailure): void {
  if (res.headersSent) return void res.destroy();
  res.statusCode = failure.status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader(PROXY_ERROR_HEADER, failure.code);
  res.end(JSON.stringify({ error: failure.code, message: failure.message }));
}

function readEnvelope(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = Number(req.headers["content-length"] ?? 0);
    if (size > MAX_ENVELOPE_BYTES) return resolve(null);
    size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_ENVELOPE_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function parse(req: IncomingMessage): Promise<HttpEnvelope | ProxyFailure> {
  // JSON only: a cross-site form post cannot send it without a CORS preflight we never answer.
  if (!String(req.headers["content-type"] ?? "").startsWith("application/json"))
    return { status: 415, code: "bad-request", message: "Send the envelope as application/json." };
  const text = await readEnvelope(req);
  if (text === null)
    return {
      status: 413,
      code: "too-large",
      message: `The request is larger than ${MAX_ENVELOPE_BYTES} bytes.`,
    };
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

function relay(
  env: HttpEnvelope,
  target: Awaited<ReturnType<typeof openTarget>>,
  res: ServerResponse,
  timeoutMs: number,
) {
  return new Promise<void>((done) => {
    const headers: Record<string, string> = { host: target.url.host, accept: "application/json" };
    if (env.token) headers.authorization = `Bearer ${env.token}`;
    if (env.body !== undefined) headers["content-type"] = "application/json";
    const upstream = http.request(
      {
        method: env.method,
        path: target.url.pathname + target.url.search,
        headers,
        // No agent: with one, Node ignores createConnection and dials on its own.
        createConnection: () => target.socket,
        timeout: timeoutMs,
      },
      (answer) => {
        let size = 0;
        // The provider's status travels in a header: a provider's routine 404 ("no lease for
        // deployment" while it catches up) is an answer, not a failed load in the browser console.
        res.statusCode = 200;
        res.setHeader(PROVIDER_STATUS_HEADER, String(answer.statusCode ?? 502));
        res.setHeader("Content-Type", String(answer.headers["content-type"] ?? "text/plain; charset=utf-8"));
        res.setHeader("Cache-Control", "no-store");
        answer.on("data", (c: Buffer) => {
          size += c.length;
          if (size > MAX_RESPONSE_BYTES) return void (answer.destroy(), res.destroy(), done());
          res.write(c);
        });
        answer.on("end", () => (res.end(), done()));
        answer.on("error", () => (res.destroy(), done()));
      },
    );
    upstream.on("timeout", () => {
      upstream.destroy();
      sendFailure(res, {
        status: 504,
        code: "timeout",
        message: `${target.url.host} did not answer within ${timeoutMs} ms.`,
      });
      done();
    });
    upstream.on("error", (err) => {
      if (!res.headersSent)
        sendFailure(res, {
          status: 502,
          code: "unreachable",
          message: `The provider dropped the request: ${err.message}`,
        });
      done();
    });
    upstream.end(env.body);
  });
}

export function createHttpRelay(deps: TargetDeps) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "POST")
      return sendFailure(res, { status: 405, code: "bad-request", message: "POST an envelope." });
    const env = await parse(req);
    if ("code" in env) return sendFailure(res, env);
    const timeoutMs = env.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let target;
    try {
      target = await openTarget(deps, env, timeoutMs);
    } catch (err) {
      if (err instanceof ProxyFailureError) return sendFailure(res, err.failure);
      throw err;
    }
    await relay(env, target, res, timeoutMs);
  };
}
