// The provider gateway's HTTPS listener (loopback), serving the provider's on-chain certificate.
// Faults are applied here: "offline" drops every connection, "slow" delays every request.
import https from "node:https";
import type { AddressInfo, Socket } from "node:net";
import type { TlsIdentity } from "../chain/tls.ts";
import type { GatewayContext } from "./context.ts";
import { sendText } from "./respond.ts";
import { route } from "./routes.ts";
import { createUpgradeHandler } from "./streams.ts";

export interface Gateway {
  port: number;
  /** drops open connections, e.g. when the provider goes offline */
  dropConnections(): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function delayFor(ctx: GatewayContext): number {
  const fault = ctx.fault();
  return fault?.kind === "slow" ? fault.delayMs : 0;
}

export function startGateway(ctx: GatewayContext, tls: TlsIdentity, port: number): Promise<Gateway> {
  const server = https.createServer(
    // Client certificates are requested, not required: JWT clients send none (mTLS is optional).
    {
      cert: tls.cert,
      key: tls.privateKey,
      minVersion: "TLSv1.2",
      requestCert: true,
      rejectUnauthorized: false,
    },
    (req, res) => {
      void (async () => {
        await sleep(delayFor(ctx));
        await route(ctx, req, res);
      })().catch((err: unknown) => {
        ctx.log.error("request failed", { path: req.url, error: String(err) });
        if (!res.headersSent) sendText(res, 500, "internal error");
        else res.end();
      });
    },
  );
  const onUpgrade = createUpgradeHandler(ctx);
  server.on("upgrade", (req, socket, head: Buffer) => {
    void (async () => {
      await sleep(delayFor(ctx));
      await onUpgrade(req, socket, head);
    })().catch((err: unknown) => {
      ctx.log.error("upgrade failed", { path: req.url, error: String(err) });
      socket.destroy();
    });
  });
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    if (ctx.fault()?.kind === "offline") {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // TLS errors from clients that give up mid-handshake are routine; keep them out of the logs.
  server.on("tlsClientError", () => undefined);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const addr = server.address() as AddressInfo;
      resolve({
        port: addr.port,
        dropConnections: () => {
          for (const s of sockets) s.destroy();
        },
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
