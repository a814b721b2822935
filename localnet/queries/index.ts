// The query registry: every query service method by gRPC path, ABCI query execution (including
// tx Simulate) and REST route matching for the gateway.

import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import type { Chain } from "../chain/app.ts";
import { ChainError } from "../chain/errors.ts";
import { deploymentQueries } from "./akash-deployment.ts";
import { marketQueries } from "./akash-market.ts";
import { oracleQueries } from "./akash-oracle.ts";
import { otherAkashQueries } from "./akash-other.ts";
import { cosmosQueries } from "./cosmos.ts";
import { feegrantQueries } from "./feegrant.ts";
import { toQueryError, type QueryDef } from "./types.ts";

export const allQueries: QueryDef<unknown, unknown>[] = [
  ...deploymentQueries,
  ...marketQueries,
  ...otherAkashQueries,
  ...oracleQueries,
  ...cosmosQueries,
  ...feegrantQueries,
];
const byPath = new Map(allQueries.map((q) => [q.path, q]));

export interface AbciQueryResult {
  code: number;
  codespace: string;
  log: string;
  value: Uint8Array;
}

const GRPC_NAMES: Record<number, string> = {
  3: "InvalidArgument",
  5: "NotFound",
  13: "Internal",
  12: "Unimplemented",
};

/**
 * Runs a query the way baseapp does for gRPC-over-ABCI: failures carry the gRPC status text in
 * the log ("rpc error: code = NotFound desc = …"), which cosmjs parses to tell "no account".
 */
export function runAbciQuery(chain: Chain, path: string, data: Uint8Array): AbciQueryResult {
  try {
    if (path === "/cosmos.tx.v1beta1.Service/Simulate")
      return { code: 0, codespace: "", log: "", value: simulate(chain, data) };
    const q = byPath.get(path);
    if (!q)
      return {
        code: 6,
        codespace: "sdk",
        log: `no query route found for path ${path}: unknown request`,
        value: new Uint8Array(),
      };
    const res = q.run(chain, q.req.decode(data));
    return { code: 0, codespace: "", log: "", value: q.res.encode(res).finish() };
  } catch (e) {
    if (e instanceof ChainError)
      return { code: e.code, codespace: e.codespace, log: e.message, value: new Uint8Array() };
    const qe = toQueryError(e);
    const sdkCode = qe.grpcCode === 5 ? 22 : 1;
    return {
      code: sdkCode,
      codespace: "sdk",
      log: `rpc error: code = ${GRPC_NAMES[qe.grpcCode] ?? "Unknown"} desc = ${qe.message}`,
      value: new Uint8Array(),
    };
  }
}

function simulate(chain: Chain, data: Uint8Array): Uint8Array {
  const req = SimulateRequest.decode(data);
  const { gasUsed, result } = chain.simulate(req.txBytes);
  const msgData = TxMsgData.decode(result.data);
  const res = SimulateResponse.fromPartial({
    gasInfo: { gasWanted: result.gasWanted, gasUsed },
    result: {
      data: result.data,
      log: "",
      events: result.events.map((e) => ({
        type: e.type,
        attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: true })),
      })),
      msgResponses: msgData.msgResponses,
    },
  });
  return SimulateResponse.encode(res).finish();
}

interface RestRoute {
  pattern: RegExp;
  names: string[];
  query: QueryDef<unknown, unknown>;
}

const restRoutes: RestRoute[] = allQueries.flatMap((q) =>
  (q.rest ?? []).map((route) => {
    const names: string[] = [];
    const source = route.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    return { pattern: new RegExp(`^${source}$`), names, query: q };
  }),
);

export function matchRest(
  pathname: string,
): { query: QueryDef<unknown, unknown>; params: Record<string, string> } | null {
  for (const r of restRoutes) {
    const m = r.pattern.exec(pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1] ?? "")));
    return { query: r.query, params };
  }
  return null;
}
