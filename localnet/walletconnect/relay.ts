// A WalletConnect v2 relay on loopback: the websocket JSON-RPC service that the WalletConnect SDK
// (dapp and wallet) talks to instead of relay.walletconnect.org. Clients authenticate with the
// relay JWT (auth.ts); messages are stored for their TTL and handed to every subscriber until it
// acknowledges them (mailbox.ts), so a phone that reconnects gets what it missed. It pings every
// socket (the SDK in Node drops a connection that hears nothing for 35 s). `setDown(true)` drops
// every socket and refuses new ones: the "relay unreachable" fault.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { closeServer, listen } from "../http.ts";
import { RelayAuthError, verifyRelayJwt } from "./auth.ts";
import { RelayConnection, type Hub } from "./connection.ts";
import { Mailbox } from "./mailbox.ts";

export interface RelayOptions {
  host?: string;
  port?: number;
  /** ms since the epoch; injected so tests can expire TTLs */
  clock?: () => number;
  pingIntervalMs?: number;
  sweepIntervalMs?: number;
}

export interface RunningRelay {
  /** ws://host:port, what clients put in relayUrl */
  url: string;
  port: number;
  mailbox: Mailbox;
  /** true: drop every connection and refuse new ones until set back to false */
  setDown(down: boolean): void;
  readonly down: boolean;
  /** client ids with at least one open socket */
  connectedClients(): string[];
  close(): Promise<void>;
}

function reject(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export async function startRelay(opts: RelayOptions = {}): Promise<RunningRelay> {
  const host = opts.host ?? "127.0.0.1";
  const clock = opts.clock ?? Date.now;
  const mailbox = new Mailbox(clock);
  const connections = new Set<RelayConnection>();
  const hub: Hub = {
    mailbox,
    *subscribers(topic) {
      for (const c of connections) if (c.topics.has(topic)) yield c;
    },
  };
  let down = false;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });
  const server: Server = createServer((_req, res) => {
    res
      .writeHead(426, { "Content-Type": "text/plain" })
      .end("WalletConnect relay: connect with a websocket.\n");
  });

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (down) return reject(socket, 503, "Service Unavailable");
    const url = new URL(req.url ?? "/", `ws://${req.headers.host ?? host}`);
    const auth = url.searchParams.get("auth");
    if (!url.searchParams.get("projectId")) return reject(socket, 400, "Bad Request");
    let clientId: string;
    try {
      if (!auth) throw new RelayAuthError("auth is required");
      clientId = verifyRelayJwt(
        auth,
        `ws://${req.headers.host ?? host}`,
        Math.floor(clock() / 1000),
      ).clientId;
    } catch (e) {
      if (!(e instanceof RelayAuthError)) throw e;
      return reject(socket, 401, "Unauthorized");
    }
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const conn = new RelayConnection(ws, clientId, hub);
      connections.add(conn);
      ws.on("close", () => connections.delete(conn));
      ws.on("error", () => ws.terminate());
    });
  });

  const pinger = setInterval(() => {
    for (const c of connections) if (c.ws.readyState === c.ws.OPEN) c.ws.ping();
  }, opts.pingIntervalMs ?? 20_000);
  const sweeper = setInterval(() => mailbox.sweep(), opts.sweepIntervalMs ?? 30_000);
  pinger.unref();
  sweeper.unref();

  const port = await listen(server, opts.port ?? 0, host);
  return {
    url: `ws://${host}:${port}`,
    port,
    mailbox,
    get down() {
      return down;
    },
    setDown(next) {
      down = next;
      if (next) for (const c of connections) c.ws.terminate();
    },
    connectedClients: () => [...new Set([...connections].map((c) => c.clientId))],
    async close() {
      clearInterval(pinger);
      clearInterval(sweeper);
      for (const c of connections) c.ws.terminate();
      wss.close();
      await closeServer(server);
    },
  };
}
