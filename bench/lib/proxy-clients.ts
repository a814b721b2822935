// Clients of the provider proxy as the browser app uses it (src/features/leases): one HTTP relay
// (POST envelope), and a log stream that resumes after a drop the way use-lease-stream.ts does
// (first connection with history, then only new lines; 1012 "service restart" and drops are
// retried, a proxy refusal 44xx is final).
import { request } from "node:http";
import { WebSocket } from "ws";
import type { Lease } from "./proxy-cluster";

export interface RelayOutcome {
  ok: boolean;
  /** the proxy's HTTP status, and the provider's status when relayed */
  status: number;
  providerStatus: number | null;
  ms: number;
  error?: string;
}

export function relayLeaseStatus(base: string, lease: Lease): Promise<RelayOutcome> {
  const started = performance.now();
  const body = JSON.stringify({
    network: lease.network,
    providerAddress: lease.provider,
    method: "GET",
    url: `${lease.hostUri}/lease/${lease.dseq}/1/1/status`,
    token: lease.token,
  });
  return new Promise((done) => {
    const req = request(`${base}/provider-proxy`, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", (err) =>
        done({
          ok: false,
          status: 0,
          providerStatus: null,
          ms: performance.now() - started,
          error: err.message,
        }),
      );
      res.on("end", () => {
        const relayed = res.headers["x-provider-status"];
        const providerStatus = relayed ? Number(relayed) : null;
        const text = Buffer.concat(chunks).toString("utf8");
        done({
          ok: res.statusCode === 200 && providerStatus === 200 && text.includes("ready_replicas"),
          status: res.statusCode ?? 0,
          providerStatus,
          ms: performance.now() - started,
          error: res.statusCode === 200 ? undefined : text.slice(0, 200),
        });
      });
    });
    req.on("error", (err) =>
      done({
        ok: false,
        status: 0,
        providerStatus: null,
        ms: performance.now() - started,
        error: err.message,
      }),
    );
    req.end(body);
  });
}

export interface ResumingStream {
  /** log lines received, over every connection */
  lines: number;
  /** connections that reached "open" */
  opens: number;
  /** close codes of connections that ended while the stream was wanted */
  closes: number[];
  live: boolean;
  /** resolves once the stream is live again after `opens` reached n */
  opened(n: number, timeoutMs?: number): Promise<void>;
  stop(): void;
}

export function openResumingStream(
  base: string,
  lease: Lease,
  opts: { retryMs?: number } = {},
): ResumingStream {
  const wsUrl = `${base.replace(/^http/, "ws")}/provider-proxy/ws`;
  let stopped = false;
  let socket: WebSocket | null = null;
  const waiters: { n: number; done: () => void }[] = [];
  const stream: ResumingStream = {
    lines: 0,
    opens: 0,
    closes: [],
    live: false,
    opened(n, timeoutMs = 15_000) {
      if (stream.opens >= n) return Promise.resolve();
      return new Promise((done, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`stream not open ${n} times in ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({ n, done: () => (clearTimeout(timer), done()) });
      });
    },
    stop() {
      stopped = true;
      socket?.close();
    },
  };
  const connect = () => {
    const tail = stream.opens === 0 ? "tail=5&" : "tail=0&";
    const ws = new WebSocket(wsUrl);
    socket = ws;
    let open = false;
    ws.on("error", () => undefined);
    ws.on("open", () =>
      ws.send(
        JSON.stringify({
          network: lease.network,
          providerAddress: lease.provider,
          url: `${lease.hostUri}/lease/${lease.dseq}/1/1/logs?${tail}follow=true`,
          token: lease.token,
        }),
      ),
    );
    ws.on("message", (data) => {
      if (open) return void (stream.lines += 1);
      const control = JSON.parse(data.toString()) as { type: string };
      if (control.type !== "open") return;
      open = true;
      stream.live = true;
      stream.opens += 1;
      for (const w of waiters.filter((x) => stream.opens >= x.n)) w.done();
    });
    ws.on("close", (code) => {
      stream.live = false;
      if (stopped) return;
      stream.closes.push(code);
      if (!open && code >= 4400 && code < 4500) return;
      setTimeout(connect, opts.retryMs ?? 250);
    });
  };
  connect();
  return stream;
}
