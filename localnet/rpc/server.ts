// The CometBFT RPC endpoint: JSON-RPC 2.0 over HTTP POST (single or batch) and GET with URI
// params, plus /websocket subscriptions, all with CORS and the injected faults.

import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultState } from "../admin/faults.ts";
import { handlePreflight, makeServer, readBody, sendJson, CORS_HEADERS } from "../http.ts";
import { callMethod, type JsonRpcRequest } from "./dispatch.ts";
import { methods, URI_PARAMS, type Params, type RpcContext } from "./methods.ts";
import { attachWebsocket } from "./websocket.ts";

/** URI-style GET: /block?height=5 ; string values may be quoted ("..."), bytes as 0x-hex. */
function uriParams(url: URL): Params {
  const p: Params & { [URI_PARAMS]?: true } = { [URI_PARAMS]: true };
  for (const [k, v] of url.searchParams) p[k] = v.replace(/^"(.*)"$/, "$1");
  return p;
}

export function createRpcServer(ctx: RpcContext, faults: FaultState) {
  const server = makeServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (handlePreflight(req, res)) return;
    const url = new URL(req.url ?? "/", "http://localhost");
    if (await faults.inject("rpc")) {
      sendJson(res, 503, {
        jsonrpc: "2.0",
        id: -1,
        error: { code: -32603, message: "Internal error", data: "injected fault" },
      });
      return;
    }
    if (req.method === "GET") {
      const method = url.pathname.replace(/^\//, "");
      if (method === "" || method === "websocket") {
        res.writeHead(200, { "Content-Type": "text/plain", ...CORS_HEADERS });
        res.end(
          `Available endpoints:\n${Object.keys(methods)
            .map((m) => `//${req.headers.host}/${m}`)
            .join("\n")}\n`,
        );
        return;
      }
      const out = await callMethod(ctx, { jsonrpc: "2.0", id: -1, method, params: uriParams(url) });
      sendJson(res, "error" in out ? 500 : 200, out);
      return;
    }
    if (req.method !== "POST") {
      sendJson(res, 405, { error: "method not allowed" });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      sendJson(res, 200, {
        jsonrpc: "2.0",
        id: -1,
        error: { code: -32700, message: "Parse error. Invalid JSON", data: "" },
      });
      return;
    }
    if (Array.isArray(body)) {
      // In order, as CometBFT does: a batch of one sender's txs must reach CheckTx by sequence.
      const out: object[] = [];
      for (const b of body) out.push(await callMethod(ctx, b as JsonRpcRequest));
      sendJson(res, 200, out);
      return;
    }
    sendJson(res, 200, await callMethod(ctx, body as JsonRpcRequest));
  });
  const ws = attachWebsocket(server, ctx, faults);
  return { server, ws };
}
