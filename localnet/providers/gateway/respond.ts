// Response writers that reproduce the provider gateway's wire habits: Go's http.Error (text/plain,
// nosniff, body + "\n"), the JSON `{message}` of auth failures, and writeJSON's content type.
import type http from "node:http";
import type { Duplex } from "node:stream";
import type { AuthFailure } from "../auth/jwt.ts";

export function sendText(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
  res.end(message + "\n");
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
  res.end(JSON.stringify(body));
}

export function sendAuthFailure(res: http.ServerResponse, failure: AuthFailure): void {
  res.writeHead(failure.status, { "content-type": "application/json" });
  res.end(JSON.stringify({ message: failure.message }));
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  404: "Not Found",
  422: "Unprocessable Entity",
  500: "Internal Server Error",
};

/** An HTTP answer written straight on the socket of a refused websocket upgrade. */
export function refuseUpgrade(socket: Duplex, status: number, contentType: string, body: string): void {
  const head = [
    `HTTP/1.1 ${status} ${REASONS[status] ?? "Error"}`,
    `Content-Type: ${contentType}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
  ];
  socket.end(head.join("\r\n") + "\r\n\r\n" + body);
}
