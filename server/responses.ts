// Small JSON answers the server makes itself (not the provider's, not static files).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RuntimeConfig } from "./runtime-config";

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify(body));
}

export function sendRuntimeConfig(_req: IncomingMessage, res: ServerResponse, config: RuntimeConfig): void {
  sendJson(res, 200, config);
}
