// The simulated cluster's ingress: each globally exposed service port of a lease gets a loopback
// HTTP listener, so the URI in lease status opens in a browser (demo click-through) and answers
// with a small page naming the deployment, service and image.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ServicePage {
  provider: string;
  owner: string;
  dseq: string;
  service: string;
  image: string;
  ready: () => boolean;
  onRequest: (path: string, status: number, bytes: number) => void;
}

export interface OpenPort {
  port: number;
  close(): Promise<void>;
}

const escape = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

export function renderPage(p: ServicePage): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(p.service)} · deployment ${escape(p.dseq)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
code{background:#f3f4f6;padding:.1rem .3rem;border-radius:.25rem}dt{font-weight:600;margin-top:.75rem}</style></head>
<body><h1>${escape(p.service)} is running</h1>
<p>Served by a simulated Akash provider on the local network.</p>
<dl><dt>Deployment</dt><dd><code>${escape(p.owner)}/${escape(p.dseq)}</code></dd>
<dt>Service</dt><dd><code>${escape(p.service)}</code></dd>
<dt>Image</dt><dd><code>${escape(p.image)}</code></dd>
<dt>Provider</dt><dd><code>${escape(p.provider)}</code></dd></dl></body></html>
`;
}

export function openServicePort(page: ServicePage): Promise<OpenPort> {
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    if (!page.ready()) {
      // What an ingress answers while no replica is ready behind it.
      res.writeHead(503, { "content-type": "text/plain" }).end("503 Service Temporarily Unavailable\n");
      page.onRequest(path, 503, 0);
      return;
    }
    if (path === "/favicon.ico") {
      res.writeHead(404).end();
      page.onRequest(path, 404, 0);
      return;
    }
    const body = renderPage(page);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
    page.onRequest(path, 200, Buffer.byteLength(body));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
