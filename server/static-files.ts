// Owns serving the built app from a directory: content types, the precompressed variant the
// client accepts (brotli, then gzip, made at build time by precompress.ts; `Vary:
// Accept-Encoding` always), caching (content-hashed assets are immutable for a year; everything
// else, index.html first, is revalidated on every load by ETag), single-page-app fallback and
// path traversal refusal.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { basename, extname, join, normalize, resolve, sep } from "node:path";
import { decodedPath } from "./http-guard";
import { matchesEtag } from "./responses";
import { COMPRESSIBLE } from "./precompress";

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

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/** Vite names built assets `name-<8 url-safe base64 chars>.ext`: the name changes with the content. */
export function isHashedAsset(pathname: string): boolean {
  return pathname.startsWith("/assets/") && /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(basename(pathname));
}

/** The encodings the client accepts, best first among those we have (br, gzip). */
export function acceptedEncodings(header: string | string[] | undefined): ("br" | "gzip")[] {
  const q = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name: string) => q.get(name) ?? q.get("*") ?? 0;
  return (["br", "gzip"] as const).filter((name) => weight(name) > 0);
}

interface Chosen {
  file: string;
  size: number;
  mtimeMs: number;
  encoding: "br" | "gzip" | null;
}

async function fileInfo(file: string) {
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? info : null;
}

async function choose(req: IncomingMessage, file: string): Promise<Chosen | null> {
  const original = await fileInfo(file);
  if (!original) return null;
  if (COMPRESSIBLE.has(extname(file)))
    for (const encoding of acceptedEncodings(req.headers["accept-encoding"])) {
      const variant = `${file}.${encoding === "br" ? "br" : "gz"}`;
      const info = await fileInfo(variant);
      if (info) return { file: variant, size: info.size, mtimeMs: info.mtimeMs, encoding };
    }
  return { file, size: original.size, mtimeMs: original.mtimeMs, encoding: null };
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  immutable: boolean,
): Promise<boolean> {
  const chosen = await choose(req, file);
  if (!chosen) return false;
  const etag = `W/"${chosen.size.toString(16)}-${Math.floor(chosen.mtimeMs).toString(16)}${chosen.encoding ? `-${chosen.encoding}` : ""}"`;
  res.setHeader("Content-Type", CONTENT_TYPES[extname(file)] ?? "application/octet-stream");
  res.setHeader("Cache-Control", immutable ? IMMUTABLE : REVALIDATE);
  res.setHeader("ETag", etag);
  if (COMPRESSIBLE.has(extname(file))) res.setHeader("Vary", "Accept-Encoding");
  if (chosen.encoding) res.setHeader("Content-Encoding", chosen.encoding);
  if (matchesEtag(req.headers["if-none-match"], etag)) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.statusCode = 200;
  res.setHeader("Content-Length", chosen.size);
  if (req.method === "HEAD") {
    res.end();
    return true;
  }
  await new Promise<void>((done, fail) => {
    createReadStream(chosen.file).on("error", fail).on("end", done).pipe(res);
  });
  return true;
}

export function createStaticHandler(distDir: string) {
  const root = resolve(distDir);

  return async function serveStatic(
    req: IncomingMessage,
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
    if (pathname !== "/" && (await sendFile(req, res, candidate, isHashedAsset(pathname)))) return;
    // A path with an extension that does not exist is a real 404; anything else is a client route.
    if (extname(pathname) !== "") {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.setHeader("Cache-Control", "no-store");
      res.end("Not found");
      return;
    }
    if (!(await sendFile(req, res, join(root, "index.html"), false))) {
      res.statusCode = 503;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.setHeader("Cache-Control", "no-store");
      res.end("The console is not built. Run `npm run build` (or `npm start`, which builds when needed).");
    }
  };
}
