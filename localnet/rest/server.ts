// The REST (gRPC-gateway / LCD) endpoint: every query route of the registry, dotted query params
// decoded into the request message, gateway JSON out, {code, message, details} errors, CORS.

import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultState } from "../admin/faults.ts";
import type { Chain } from "../chain/app.ts";
import { handlePreflight, makeServer, sendJson } from "../http.ts";
import { gatewayJson } from "../queries/gateway-json.ts";
import { matchRest } from "../queries/index.ts";
import { PaginationError } from "../queries/pagination.ts";
import { QueryError, type QueryDef } from "../queries/types.ts";
import type { NodeIdentity } from "../rpc/format.ts";
import { discoveryInfo } from "../queries/discovery.ts";
import { blockResponse, nodeInfo } from "./tendermint.ts";

const HTTP_STATUS: Record<number, number> = { 3: 400, 5: 404, 12: 501, 13: 500, 14: 503 };
const camel = (k: string) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function setPath(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let o = obj;
  path.slice(0, -1).forEach((p) => {
    if (typeof o[p] !== "object" || o[p] === null) o[p] = {};
    o = o[p] as Record<string, unknown>;
  });
  const last = path[path.length - 1];
  if (last !== undefined) o[last] = value;
}

/**
 * "filters.owner=x&pagination.count_total=true" → nested request JSON. Each key is set in both
 * snake_case and camelCase because chain-sdk's fromJSON reads the former and cosmjs-types' the latter.
 */
export function requestJson(url: URL, params: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (key: string, raw: string) => {
    const value = raw === "true" ? true : raw === "false" ? false : raw;
    const parts = key.split(".");
    setPath(out, parts, value);
    setPath(out, parts.map(camel), value);
  };
  for (const [k, v] of url.searchParams) put(k, v);
  for (const [k, v] of Object.entries(params)) put(k, v);
  return out;
}

function sendError(res: ServerResponse, code: number, message: string): void {
  sendJson(res, HTTP_STATUS[code] ?? 500, { code, message, details: [] });
}

function runQuery(chain: Chain, q: QueryDef<unknown, unknown>, reqJson: Record<string, unknown>): unknown {
  let req: unknown;
  try {
    req = q.req.fromJSON(reqJson);
  } catch (e) {
    throw new QueryError(3, `invalid request: ${(e as Error).message}`);
  }
  const res = q.run(chain, req);
  return q.restJson ? q.restJson(chain, res) : gatewayJson(q.res, res);
}

export function createRestServer(chain: Chain, identity: NodeIdentity, faults: FaultState) {
  return makeServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (handlePreflight(req, res)) return;
    if (await faults.inject("rest")) return sendError(res, 14, "injected fault: service unavailable");
    if (req.method !== "GET") return sendError(res, 12, `method ${req.method ?? ""} not allowed`);
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname.replace(/\/+$/, "");
    try {
      const special = tendermintRoute(chain, identity, path);
      if (special !== undefined) return sendJson(res, 200, special);
      const m = matchRest(path);
      // grpc-gateway (with the SDK's proto error handler) answers an unregistered route with
      // Unimplemented: e.g. /akash/take/v1/params since node v2.0 removed x/take.
      if (!m) return sendError(res, 12, "Not Implemented");
      sendJson(res, 200, runQuery(chain, m.query, requestJson(url, m.params)));
    } catch (e) {
      if (e instanceof QueryError) return sendError(res, e.grpcCode, e.message);
      if (e instanceof PaginationError) return sendError(res, 3, e.message);
      return sendError(res, 13, (e as Error).message);
    }
  });
}

function tendermintRoute(chain: Chain, id: NodeIdentity, path: string): unknown {
  if (path === "/akash/discovery/v1/info")
    return { info: discoveryInfo(id.chainId, [], id.minClientVersion) };
  const base = "/cosmos/base/tendermint/v1beta1";
  if (path === `${base}/node_info`) return nodeInfo(id);
  if (path === `${base}/syncing`) return { syncing: false };
  if (path === `${base}/blocks/latest`) {
    if (!chain.lastBlock) throw new QueryError(5, "no blocks yet");
    return blockResponse(chain, id, chain.lastBlock);
  }
  const m = new RegExp(`^${base}/blocks/(\\d+)$`).exec(path);
  if (m) {
    const b = chain.blocks.get(Number(m[1]));
    if (!b) throw new QueryError(3, `requested block height is bigger then the chain length`);
    return blockResponse(chain, id, b);
  }
  return undefined;
}
