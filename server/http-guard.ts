// Turns hostile request lines into answers instead of exceptions: the path of a request target
// that may be anything a client typed (`//[`, absolute-form, bad escapes), and a proper HTTP
// refusal on a socket that asked for a websocket upgrade.
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";

/** The path of an origin-form request target ("/a/b?c"), or null for anything else. */
export function pathnameOf(target: string | undefined): string | null {
  const raw = target ?? "/";
  // Absolute-form and "*" are for proxies; "//x" is what URL parsers read as another host.
  if (!raw.startsWith("/") || raw.startsWith("//")) return null;
  try {
    return new URL(`http://localhost${raw}`).pathname;
  } catch {
    return null;
  }
}

/** A decoded path, or null when its percent escapes are malformed. */
export function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** Answers an upgrade request with an HTTP error and closes the socket. */
export function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({ message });
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}`,
    "Connection: close",
    "Content-Type: application/json; charset=utf-8",
    "Cache-Control: no-store",
    `Content-Length: ${Buffer.byteLength(body)}`,
  ].join("\r\n");
  socket.end(`${head}\r\n\r\n${body}`, () => socket.destroy());
  // A client that never reads must not hold the socket open.
  setTimeout(() => socket.destroy(), 2_000).unref();
}
