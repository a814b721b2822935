// What a CDN does, no more: files from a folder under a path prefix, and 404.html for a path it
// has no file for (as GitHub Pages, Cloudflare Pages, Netlify and S3 error documents do). No
// SPA rewrites, no CSP, no compression; and a provider proxy started on its own (`npm run serve`
// with no app), at another origin, that lists the static host in CONSOLE_ALLOWED_ORIGINS.
import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { createInterface } from "node:readline";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".yaml": "text/yaml",
};

export interface Running {
  url: string;
  stop(): Promise<void>;
}

export async function startStaticHost(dir: string, prefix: string): Promise<Running> {
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const inside = path.startsWith(prefix) ? path.slice(prefix.length) : null;
      let file = inside === null ? null : normalize(join(dir, inside === "" ? "index.html" : inside));
      if (file && !file.startsWith(dir + sep)) file = null;
      const info = file ? await stat(file).catch(() => null) : null;
      if (file && info?.isDirectory()) file = join(file, "index.html");
      const found = file && (await stat(file).catch(() => null))?.isFile();
      const served = found ? file! : join(dir, "404.html");
      res.statusCode = found ? 200 : 404;
      res.setHeader("Content-Type", TYPES[extname(served)] ?? "application/octet-stream");
      createReadStream(served).pipe(res);
    })();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** `npm run serve` as a proxy only (no app), serving the local network's providers. */
export function startProxy(root: string, localnetFile: string, allowedOrigin: string): Promise<Running> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/serve.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      PORT: "0",
      CONSOLE_DIST_DIR: "",
      CONSOLE_LOCALNET_FILE: localnetFile,
      CONSOLE_ALLOWED_ORIGINS: allowedOrigin,
      CONSOLE_LOG_LEVEL: "info",
    },
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });
  return new Promise((done, fail) => {
    const log: string[] = [];
    child.once("exit", (code) => fail(new Error(`the proxy exited (${code}):\n${log.join("\n")}`)));
    createInterface({ input: child.stderr! }).on("line", (line) => {
      log.push(line);
      let entry: { event?: string; url?: string } = {};
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        return;
      }
      if (entry.event !== "server.listening" || !entry.url) return;
      child.removeAllListeners("exit");
      done({ url: entry.url, stop });
    });
  });
}
