// Test-side client of a provider gateway: HTTPS requests and websockets that accept the
// provider's self-signed certificate, as Console's provider-proxy does after checking it on chain.
import https from "node:https";
import { WebSocket } from "ws";

export interface HttpAnswer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface RequestOptions {
  method?: string;
  token?: string;
  body?: string;
  headers?: Record<string, string>;
  /** client certificate and key (PEM) for mTLS */
  cert?: string;
  key?: string;
}

export function request(url: string, opts: RequestOptions = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.body !== undefined) headers["content-type"] = "application/json";
    const req = https.request(
      url,
      {
        method: opts.method ?? "GET",
        headers,
        rejectUnauthorized: false,
        cert: opts.cert,
        key: opts.key,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            headers: res.headers,
          }),
        );
      },
    );
    req.on("error", reject);
    req.setTimeout(15_000, () => req.destroy(new Error("timeout")));
    req.end(opts.body);
  });
}

export interface StreamResult {
  frames: (string | Buffer)[];
  closeCode: number | null;
  upgradeStatus: number | null;
}

/** Opens a provider websocket and collects frames until it closes, `max` frames arrive, or `ms` passes. */
export function collect(
  url: string,
  token: string | undefined,
  opts: { max?: number; ms?: number } = {},
): Promise<StreamResult> {
  return new Promise((resolve) => {
    const frames: (string | Buffer)[] = [];
    const ws = new WebSocket(url.replace(/^https/, "wss"), {
      rejectUnauthorized: false,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    let done = false;
    const finish = (closeCode: number | null, upgradeStatus: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      ws.terminate();
      resolve({ frames, closeCode, upgradeStatus });
    };
    const timer = setTimeout(() => finish(null, null), opts.ms ?? 5000);
    ws.on("message", (data: Buffer, isBinary: boolean) => {
      frames.push(isBinary ? data : data.toString("utf8"));
      if (opts.max !== undefined && frames.length >= opts.max) finish(null, null);
    });
    ws.on("close", (code) => finish(code, null));
    ws.on("unexpected-response", (_req, res) => finish(null, res.statusCode ?? 0));
    ws.on("error", () => finish(null, null));
  });
}
