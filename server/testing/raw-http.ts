// Raw HTTP over a TCP socket, for requests no HTTP client would send: bad request targets,
// hostile Host and Origin headers, upgrades that must be refused.
import net from "node:net";

export interface RawAnswer {
  status: number;
  head: string;
  body: string;
  /** the server closed the connection (within the wait) */
  closed: boolean;
}

export function rawRequest(port: number, text: string, waitMs = 3_000): Promise<RawAnswer> {
  return new Promise((done, fail) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let closed = false;
    const finish = () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks).toString("latin1");
      const split = all.indexOf("\r\n\r\n");
      const head = split >= 0 ? all.slice(0, split) : all;
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      socket.destroy();
      done({ status, head, body: split >= 0 ? all.slice(split + 4) : "", closed });
    };
    const timer = setTimeout(finish, waitMs);
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("error", (err) => (chunks.length ? finish() : fail(err)));
    socket.on("close", () => {
      closed = true;
      finish();
    });
    socket.write(text);
  });
}

/** A websocket upgrade request for `target`; a header set to null is left out. */
export function upgradeRequest(target: string, headers: Record<string, string | null>): string {
  const all: Record<string, string | null> = {
    Connection: "Upgrade",
    Upgrade: "websocket",
    "Sec-WebSocket-Version": "13",
    "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
    ...headers,
  };
  const lines = Object.entries(all).flatMap(([k, v]) => (v === null ? [] : [`${k}: ${v}`]));
  return `GET ${target} HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n`;
}
