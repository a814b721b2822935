// /websocket: JSON-RPC over a websocket with subscribe / unsubscribe / unsubscribe_all. Event
// frames mirror CometBFT 0.38 (result.query, result.data{type,value}, result.events) so cosmjs'
// Comet38Client subscriptions decode them.

import type { Server } from "node:http";
import { toBase64 } from "@cosmjs/encoding";
import { WebSocketServer, type WebSocket } from "ws";
import type { FaultState } from "../admin/faults.ts";
import type { BlockRecord } from "../chain/block.ts";
import { blockJson, headerJson, txResultJson } from "./format.ts";
import type { RpcContext } from "./methods.ts";
import { callMethod } from "./dispatch.ts";
import { indexEvents, matches, parseQuery, type Condition } from "./tx-query.ts";

interface Subscription {
  id: unknown;
  query: string;
  conds: Condition[];
}

const send = (ws: WebSocket, msg: unknown) => {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
};

function eventsMap(idx: Map<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(idx);
}

function publish(ctx: RpcContext, subs: Map<WebSocket, Subscription[]>, block: BlockRecord): void {
  const prev = ctx.chain.blocks.get(block.height - 1);
  const blockIdx = indexEvents(block.finalizeEvents, {
    "tm.event": "NewBlockHeader",
    "block.height": String(block.height),
  });
  const txIdx = block.results.map((r, i) =>
    indexEvents(r.events, {
      "tm.event": "Tx",
      "tx.hash": block.txHashes[i] ?? "",
      "tx.height": String(block.height),
    }),
  );
  for (const [ws, list] of subs) {
    for (const s of list) {
      for (const evType of ["NewBlockHeader", "NewBlock"] as const) {
        const idx = new Map(blockIdx);
        idx.set("tm.event", [evType]);
        if (!matches(s.conds, idx)) continue;
        const value =
          evType === "NewBlockHeader"
            ? { header: headerJson(block, ctx.identity, prev) }
            : { block: blockJson(block, ctx.identity, prev).block, result_finalize_block: {} };
        send(ws, {
          jsonrpc: "2.0",
          id: s.id,
          result: {
            query: s.query,
            data: { type: `tendermint/event/${evType}`, value },
            events: eventsMap(idx),
          },
        });
      }
      block.results.forEach((r, i) => {
        const idx = txIdx[i];
        if (!idx || !matches(s.conds, idx)) return;
        const value = {
          TxResult: {
            height: String(block.height),
            index: i,
            tx: toBase64(block.txs[i] ?? new Uint8Array()),
            result: txResultJson(r),
          },
        };
        send(ws, {
          jsonrpc: "2.0",
          id: s.id,
          result: { query: s.query, data: { type: "tendermint/event/Tx", value }, events: eventsMap(idx) },
        });
      });
    }
  }
}

export function attachWebsocket(server: Server, ctx: RpcContext, faults: FaultState) {
  const wss = new WebSocketServer({ noServer: true });
  const subs = new Map<WebSocket, Subscription[]>();
  server.on("upgrade", (req, socket, head) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== "/websocket" || faults.current.websocket.drop) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws));
  });
  wss.on("connection", (ws: WebSocket) => {
    subs.set(ws, []);
    ws.on("close", () => subs.delete(ws));
    ws.on("message", (raw) => {
      void handleMessage(ws, String(raw));
    });
  });
  async function handleMessage(ws: WebSocket, raw: string): Promise<void> {
    let req: { id?: unknown; method?: unknown; params?: { query?: unknown } };
    try {
      req = JSON.parse(raw) as typeof req;
    } catch {
      send(ws, {
        jsonrpc: "2.0",
        id: -1,
        error: { code: -32700, message: "Parse error. Invalid JSON", data: "" },
      });
      return;
    }
    const list = subs.get(ws) ?? [];
    if (req.method === "subscribe") {
      const query = String(req.params?.query ?? "");
      try {
        list.push({ id: req.id, query, conds: parseQuery(query) });
        send(ws, { jsonrpc: "2.0", id: req.id, result: {} });
      } catch (e) {
        send(ws, {
          jsonrpc: "2.0",
          id: req.id,
          error: { code: -32603, message: "Internal error", data: (e as Error).message },
        });
      }
    } else if (req.method === "unsubscribe") {
      const query = String(req.params?.query ?? "");
      subs.set(
        ws,
        list.filter((s) => s.query !== query),
      );
      send(ws, { jsonrpc: "2.0", id: req.id, result: {} });
    } else if (req.method === "unsubscribe_all") {
      subs.set(ws, []);
      send(ws, { jsonrpc: "2.0", id: req.id, result: {} });
    } else {
      send(ws, await callMethod(ctx, req));
    }
  }
  const onBlock = (b: BlockRecord) => publish(ctx, subs, b);
  ctx.chain.on("block", onBlock);
  faults.onChange((f) => {
    if (!f.websocket.drop) return;
    for (const ws of wss.clients) ws.terminate();
  });
  return {
    close: () => {
      ctx.chain.off("block", onBlock);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
