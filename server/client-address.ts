// The address of the client a request comes from, for limits and logs. Behind N trusted proxies
// (`CONSOLE_TRUSTED_PROXIES`), each appends the address it saw to X-Forwarded-For, so the client
// is the Nth entry from the right; anything further left was written by the client and is not
// believed. With no trusted proxy the socket's peer is the client.
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

export function clientAddress(
  req: Pick<IncomingMessage, "headers"> & { socket: { remoteAddress?: string } },
  trustedProxies: number,
): string {
  const peer = req.socket.remoteAddress ?? "unknown";
  if (trustedProxies <= 0) return peer;
  const header = req.headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const candidate = hops[hops.length - trustedProxies];
  return candidate && isIP(candidate) !== 0 ? candidate : peer;
}
