// Small answers the server makes itself (not the provider's, not static files), and the ETag
// revalidation they share with static files.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RuntimeConfig } from "../src/config/config-json";

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify(body));
}

/** If-None-Match holds this ETag (or "*"); weak comparison, as RFC 9110 asks for GET. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

const configBodies = new WeakMap<RuntimeConfig, { body: string; etag: string }>();

/**
 * /config.json may change when the server restarts with other settings, so the browser
 * revalidates it on every load (no-cache) and gets a 304 while it is the same.
 */
export function sendRuntimeConfig(req: IncomingMessage, res: ServerResponse, config: RuntimeConfig): void {
  let cached = configBodies.get(config);
  if (!cached) {
    const body = JSON.stringify(config);
    cached = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"` };
    configBodies.set(config, cached);
  }
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-cache");
  res.setHeader("ETag", cached.etag);
  if (matchesEtag(req.headers["if-none-match"], cached.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.end(cached.body);
}
