// JSON-RPC 2.0 dispatch shared by the HTTP endpoint and the websocket: method lookup, params,
// and CometBFT-style error objects.

import { methods, RpcError, type Params, type RpcContext } from "./methods.ts";

export interface JsonRpcRequest {
  jsonrpc?: string;
  id?: unknown;
  method?: unknown;
  params?: unknown;
}

export async function callMethod(ctx: RpcContext, req: JsonRpcRequest): Promise<object> {
  const id = req.id ?? -1;
  const fn = typeof req.method === "string" ? methods[req.method] : undefined;
  if (!fn) return { jsonrpc: "2.0", id, error: { code: -32601, message: "Method not found", data: "" } };
  try {
    const params = (typeof req.params === "object" && req.params !== null ? req.params : {}) as Params;
    return { jsonrpc: "2.0", id, result: await fn(ctx, params) };
  } catch (e) {
    if (e instanceof RpcError)
      return { jsonrpc: "2.0", id, error: { code: e.code, message: e.message, data: e.data } };
    return {
      jsonrpc: "2.0",
      id,
      error: { code: -32603, message: "Internal error", data: (e as Error).message },
    };
  }
}
