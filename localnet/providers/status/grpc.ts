// The provider's gRPC endpoint (provider-services gateway/grpc, port 8444 on a real provider),
// over HTTP/2 and TLS with the provider's on-chain certificate: akash.provider.v1.ProviderRPC/
// GetStatus answers the v1 Status. gRPC framing is done by hand (a 5-byte prefix: compressed flag
// and big-endian length; status in trailers), which is all a unary call needs. Anything else gets
// grpc-status 12 (Unimplemented), as grpc-go answers an unknown method.
import http2 from "node:http2";
import type { AddressInfo, Socket } from "node:net";
import { Status } from "@akashnetwork/chain-sdk/private-types/provider.akash.v1";
import type { TlsIdentity } from "../chain/tls.ts";
import type { ProviderFault } from "../contract.ts";

export const GET_STATUS_PATH = "/akash.provider.v1.ProviderRPC/GetStatus";

export interface GrpcStatusServer {
  port: number;
  dropConnections(): void;
  close(): Promise<void>;
}

function frame(message: Uint8Array): Buffer {
  const out = Buffer.alloc(5 + message.length);
  out.writeUInt8(0, 0);
  out.writeUInt32BE(message.length, 1);
  out.set(message, 5);
  return out;
}

function answer(stream: http2.ServerHttp2Stream, code: number, message: string, body?: Uint8Array): void {
  stream.respond({ ":status": 200, "content-type": "application/grpc+proto" }, { waitForTrailers: true });
  stream.on("wantTrailers", () => {
    stream.sendTrailers({ "grpc-status": String(code), "grpc-message": encodeURIComponent(message) });
  });
  if (body) stream.write(frame(body));
  stream.end();
}

export function startGrpcStatus(
  tls: TlsIdentity,
  status: () => Status,
  fault: () => ProviderFault | null,
): Promise<GrpcStatusServer> {
  const server = http2.createSecureServer({
    cert: tls.cert,
    key: tls.privateKey,
    minVersion: "TLSv1.2",
    ALPNProtocols: ["h2"],
  });
  server.on("stream", (stream, headers) => {
    stream.on("error", () => undefined);
    const path = headers[":path"];
    // The request body (google.protobuf.Empty) carries nothing; read it to the end regardless.
    stream.on("data", () => undefined);
    stream.on("end", () => {
      if (stream.closed) return;
      if (headers[":method"] !== "POST" || path !== GET_STATUS_PATH)
        return answer(stream, 12, `unknown method ${String(path)}`);
      answer(stream, 0, "", Status.encode(status()).finish());
    });
  });
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    if (fault()?.kind === "offline") {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("tlsClientError", () => undefined);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      resolve({
        port: (server.address() as AddressInfo).port,
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
