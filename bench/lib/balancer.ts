// A small HTTP load balancer for the proxy benchmarks and the scale-out test, doing what a real
// one does for stateless backends: round robin over backends whose /readyz answers 200 (checked
// every `healthMs`), a fresh backend connection per request (so a draining backend's keep-alive
// connection can never swallow one), a retry on the next backend when a connection is refused
// (nothing was sent yet), websocket upgrades piped through, and X-Forwarded-For appended.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import net, { type AddressInfo, type Socket } from "node:net";
import type { Duplex } from "node:stream";

export interface BackendStats {
  url: string;
  healthy: boolean;
  requests: number;
  upgrades: number;
  openUpgrades: number;
}

export interface Balancer {
  url: string;
  stats(): BackendStats[];
  close(): Promise<void>;
}

interface Backend extends BackendStats {
  host: string;
  port: number;
}

function forwardedFor(req: IncomingMessage): string {
  const prior = req.headers["x-forwarded-for"];
  const peer = req.socket.remoteAddress ?? "";
  return prior ? `${String(prior)}, ${peer}` : peer;
}

export async function startBalancer(urls: string[], opts: { healthMs?: number } = {}): Promise<Balancer> {
  const backends: Backend[] = urls.map((url) => {
    const u = new URL(url);
    return {
      url,
      host: u.hostname,
      port: Number(u.port),
      healthy: true,
      requests: 0,
      upgrades: 0,
      openUpgrades: 0,
    };
  });
  let next = 0;
  const pick = (skip: Set<Backend>): Backend | null => {
    for (let i = 0; i < backends.length; i++) {
      const b = backends[(next + i) % backends.length] as Backend;
      if (b.healthy && !skip.has(b)) {
        next = (next + i + 1) % backends.length;
        return b;
      }
    }
    return null;
  };

  const health = setInterval(() => {
    for (const b of backends) {
      const req = http.get(
        { host: b.host, port: b.port, path: "/readyz", agent: false, timeout: 1_000 },
        (res) => {
          b.healthy = res.statusCode === 200;
          res.resume();
        },
      );
      req.on("error", () => (b.healthy = false));
      req.on("timeout", () => req.destroy());
    }
  }, opts.healthMs ?? 100);

  function proxyRequest(req: IncomingMessage, res: ServerResponse, body: Buffer, tried: Set<Backend>): void {
    const backend = pick(tried);
    if (!backend) return void res.writeHead(502).end("no healthy backend");
    tried.add(backend);
    backend.requests += 1;
    const headers = { ...req.headers, "x-forwarded-for": forwardedFor(req) };
    const upstream = http.request(
      { host: backend.host, port: backend.port, method: req.method, path: req.url, headers, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "ECONNREFUSED") {
        backend.healthy = false;
        return proxyRequest(req, res, body, tried);
      }
      if (!res.headersSent) res.writeHead(502).end(`backend failed: ${err.message}`);
      else res.destroy();
    });
    res.on("close", () => upstream.destroy());
    upstream.end(body);
  }

  function proxyUpgrade(req: IncomingMessage, client: Duplex, head: Buffer, tried: Set<Backend>): void {
    const backend = pick(tried);
    if (!backend) return void client.end("HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n");
    tried.add(backend);
    const upstream: Socket = net.connect(backend.port, backend.host);
    let connected = false;
    upstream.on("error", (err: NodeJS.ErrnoException) => {
      if (!connected && err.code === "ECONNREFUSED") {
        backend.healthy = false;
        return proxyUpgrade(req, client, head, tried);
      }
      client.destroy();
    });
    upstream.on("connect", () => {
      connected = true;
      backend.upgrades += 1;
      backend.openUpgrades += 1;
      upstream.once("close", () => (backend.openUpgrades -= 1));
      const headers = { ...req.headers, "x-forwarded-for": forwardedFor(req) };
      const lines = Object.entries(headers).map(
        ([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`,
      );
      upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(client).pipe(upstream);
      upstream.on("close", () => client.destroy());
      client.on("close", () => upstream.destroy());
    });
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => proxyRequest(req, res, Buffer.concat(chunks), new Set()));
  });
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    proxyUpgrade(req, socket, head, new Set());
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats: () =>
      backends.map(({ url, healthy, requests, upgrades, openUpgrades }) => ({
        url,
        healthy,
        requests,
        upgrades,
        openUpgrades,
      })),
    close: () =>
      new Promise((done) => {
        clearInterval(health);
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
