// A query service method served over both transports: ABCI (protobuf, gRPC path) for cosmjs and
// gRPC clients, and the REST gateway (JSON) for browsers and chain-sdk's web SDK.

import type { Chain } from "../chain/app.ts";
import { ChainError } from "../chain/errors.ts";

export interface ProtoCodec<T> {
  encode(m: T): { finish(): Uint8Array };
  decode(b: Uint8Array): T;
  fromJSON(o: unknown): T;
  toJSON(m: T): unknown;
  fromPartial(o: object): T;
}

export interface QueryDef<Req, Res> {
  /** gRPC full method name, e.g. /akash.deployment.v1beta4.Query/Deployments */
  path: string;
  /** REST gateway route with {param} placeholders */
  rest?: string[];
  req: ProtoCodec<Req>;
  res: ProtoCodec<Res>;
  run(chain: Chain, req: Req): Res;
  /** REST body override when the gateway renders something ts-proto cannot (Any fields) */
  restJson?(chain: Chain, res: Res): unknown;
}

// gRPC status codes used by the SDK's query services.
export const Grpc = { InvalidArgument: 3, NotFound: 5, Internal: 13 } as const;

export class QueryError extends Error {
  constructor(
    readonly grpcCode: number,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new QueryError(Grpc.NotFound, what);
export const invalidArg = (what: string) => new QueryError(Grpc.InvalidArgument, what);

export function def<Req, Res>(d: QueryDef<Req, Res>): QueryDef<unknown, unknown> {
  return d as unknown as QueryDef<unknown, unknown>;
}

/** Maps a thrown chain error (e.g. from simulate) to gRPC/ABCI terms. */
export function toQueryError(e: unknown): QueryError {
  if (e instanceof QueryError) return e;
  if (e instanceof ChainError) return new QueryError(Grpc.InvalidArgument, e.message);
  return new QueryError(Grpc.Internal, (e as Error)?.message ?? String(e));
}
