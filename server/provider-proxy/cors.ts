// Who may use the provider proxy from a browser: pages of this very site, and the origins the
// operator lists in CONSOLE_ALLOWED_ORIGINS (the console on a CDN at another origin, with this
// server as its proxy). Clients that send no Origin (curl, the CLI) are not browsers and carry
// no ambient credentials, so they pass; the proxy holds no cookies or sessions to steal. Every
// other origin is refused before anything is relayed, on HTTP and on websockets alike.
import type { IncomingMessage, ServerResponse } from "node:http";
import { PROVIDER_STATUS_HEADER, PROXY_ERROR_HEADER } from "./envelope";

/** "https://app.example.com" or "http://127.0.0.1:8080": scheme, host and port; nothing else. */
export function parseAllowedOrigins(raw: string): string[] {
  const origins: string[] = [];
  for (const part of raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    let url: URL | null = null;
    try {
      url = new URL(part);
    } catch {
      url = null;
    }
    if (
      !url ||
      !["http:", "https:"].includes(url.protocol) ||
      url.origin !== part.replace(/\/$/, "") ||
      url.hostname.includes("*")
    )
      throw new Error(
        `"${part}" is not an origin like https://console.example.com (scheme, host and port only; no path, no wildcard)`,
      );
    origins.push(url.origin);
  }
  return origins;
}

export interface OriginPolicy {
  /** null: no Origin (not a browser); "self": this site; "allowed": a listed origin; "refused" */
  classify(req: IncomingMessage): null | "self" | "allowed" | "refused";
}

export function createOriginPolicy(allowed: readonly string[]): OriginPolicy {
  const listed = new Set(allowed);
  return {
    classify(req) {
      const origin = req.headers.origin;
      if (origin === undefined) return null;
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        return "refused";
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") return "refused";
      if (url.host === req.headers.host) return "self";
      return listed.has(url.origin) ? "allowed" : "refused";
    },
  };
}

const EXPOSED = [PROXY_ERROR_HEADER, PROVIDER_STATUS_HEADER, "retry-after"].join(", ");

/** The headers that let a listed origin's page read the proxy's answer. */
export function allowOrigin(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader("Access-Control-Allow-Origin", String(req.headers.origin));
  res.setHeader("Access-Control-Expose-Headers", EXPOSED);
  res.appendHeader("Vary", "Origin");
}

/** A CORS preflight for the proxy: POST with a JSON body, from a listed origin only. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse, policy: OriginPolicy): void {
  const kind = policy.classify(req);
  res.setHeader("Cache-Control", "no-store");
  res.appendHeader("Vary", "Origin");
  if (kind !== "allowed" && kind !== "self") {
    res.statusCode = 403;
    res.end();
    return;
  }
  if (kind === "allowed") allowOrigin(req, res);
  res.setHeader("Access-Control-Allow-Methods", "POST");
  res.setHeader("Access-Control-Allow-Headers", "content-type");
  res.setHeader("Access-Control-Max-Age", "600");
  res.statusCode = 204;
  res.end();
}

export function refuseOrigin(res: ServerResponse): void {
  res.statusCode = 403;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader(PROXY_ERROR_HEADER, "forbidden-origin");
  res.end(
    JSON.stringify({
      error: "forbidden-origin",
      message: "The provider proxy serves this site's pages and the origins its operator allows.",
    }),
  );
}
