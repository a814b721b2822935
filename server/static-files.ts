// Owns serving the built app from a directory: content types, caching (hashed assets are
// immutable, index.html never cached), single-page-app fallback and path traversal refusal.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { decodedPath } from "./http-guard";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".yaml": "text/yaml; charset=utf-8",
};

export function createStaticHandler(distDir: string) {
  const root = resolve(distDir);

  async function sendFile(res: ServerResponse, file: string, immutable: boolean): Promise<boolean> {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return false;
    res.statusCode = 200;
    res.setHeader("Content-Type", CONTENT_TYPES[extname(file)] ?? "application/octet-stream");
    res.setHeader("Content-Length", info.size);
    res.setHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    await new Promise<void>((done, fail) => {
      createReadStream(file).on("error", fail).on("end", done).pipe(res);
    });
    return true;
  }

  return async function serveStatic(
    _req: IncomingMessage,
    res: ServerResponse,
    rawPathname: string,
  ): Promise<void> {
    const pathname = decodedPath(rawPathname);
    const candidate = pathname === null ? null : normalize(join(root, pathname));
    if (
      pathname === null ||
      candidate === null ||
      (candidate !== root && !candidate.startsWith(root + sep))
    ) {
      res.statusCode = 400;
      res.end("Bad path");
      return;
    }
    const isAsset = pathname.startsWith("/assets/");
    if (pathname !== "/" && (await sendFile(res, candidate, isAsset))) return;
    // A path with an extension that does not exist is a real 404; anything else is a client route.
    if (extname(pathname) !== "") {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("Not found");
      return;
    }
    if (!(await sendFile(res, join(root, "index.html"), false))) {
      res.statusCode = 503;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("The console is not built. Run `npm run build` (or `npm start`, which builds when needed).");
    }
  };
}
