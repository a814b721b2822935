// CometBFT JSON-RPC methods over the chain: status, abci_query, broadcast_tx_*, tx, tx_search,
// block, block_results, blockchain, health and friends, with CometBFT's error conventions.

import { fromBase64, fromHex, toBase64, toHex } from "@cosmjs/encoding";
import type { Chain } from "../chain/app.ts";
import type { BlockRecord } from "../chain/block.ts";
import { NODE_VERSION } from "../config.ts";
import { discoveryInfo } from "../queries/discovery.ts";
import { runAbciQuery } from "../queries/index.ts";
import {
  blockJson,
  blockMetaJson,
  blockResultsJson,
  statusJson,
  txResultJson,
  type NodeIdentity,
} from "./format.ts";
import { indexEvents, matches, parseQuery } from "./tx-query.ts";

export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data: string,
  ) {
    super(message);
  }
}

const internal = (data: string) => new RpcError(-32603, "Internal error", data);
const invalidParams = (data: string) => new RpcError(-32602, "Invalid params", data);

export type Params = Record<string, unknown>;

const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));

/** Marks the params of a URI request (GET /tx?hash=0x…); JSON bodies and websocket calls lack it. */
export const URI_PARAMS = Symbol("uri-params");

/**
 * Bytes params are base64 in JSON bodies and 0x-hex in URI requests, as in CometBFT. Only the URI
 * form reads "0x" as hex: a base64 value may itself begin with "0x" (any hash starting D31…).
 */
function bytesParam(params: Params, name: string): Uint8Array {
  const s = str(params[name]);
  if (s === undefined) throw invalidParams(`missing ${name}`);
  const uri = (params as { [URI_PARAMS]?: boolean })[URI_PARAMS] === true;
  try {
    return uri && s.startsWith("0x") ? fromHex(s.slice(2)) : fromBase64(s);
  } catch {
    throw invalidParams(`invalid ${name} encoding`);
  }
}

export interface RpcContext {
  chain: Chain;
  identity: NodeIdentity;
}

function heightParam(ctx: RpcContext, v: unknown): number {
  const s = str(v);
  if (s === undefined || s === "" || s === "0") return ctx.chain.height;
  const h = Number(s);
  if (!Number.isInteger(h) || h < 0) throw invalidParams(`invalid height ${s}`);
  if (h > ctx.chain.height)
    throw internal(
      `height ${h} must be less than or equal to the current blockchain height ${ctx.chain.height}`,
    );
  return h;
}

function blockAt(ctx: RpcContext, h: number): BlockRecord {
  const b = ctx.chain.blocks.get(h);
  if (!b) throw internal(`height ${h} is not available, lowest height is ${earliest(ctx)?.height ?? 0}`);
  return b;
}

function earliest(ctx: RpcContext): BlockRecord | null {
  const first = ctx.chain.blocks.keys().next();
  return first.done ? null : (ctx.chain.blocks.get(first.value) ?? null);
}

function txJson(ctx: RpcContext, hash: string) {
  const loc = ctx.chain.txIndex.get(hash);
  const b = loc && ctx.chain.blocks.get(loc.height);
  const tx = loc && b?.txs[loc.index];
  const result = loc && b?.results[loc.index];
  if (!loc || !tx || !result) return null;
  return {
    hash,
    height: String(loc.height),
    index: loc.index,
    tx_result: txResultJson(result),
    tx: toBase64(tx),
  };
}

async function broadcast(ctx: RpcContext, params: Params) {
  const r = await ctx.chain.checkTx(bytesParam(params, "tx"));
  return { code: r.code, data: "", log: r.log, codespace: r.codespace, hash: r.hash };
}

function txSearch(ctx: RpcContext, params: Params) {
  const query = str(params.query);
  if (!query) throw invalidParams("missing query");
  let conds;
  try {
    conds = parseQuery(query);
  } catch (e) {
    throw internal((e as Error).message);
  }
  const page = Math.max(1, Number(str(params.page) ?? 1) || 1);
  const perPage = Math.min(100, Math.max(1, Number(str(params.per_page) ?? 30) || 30));
  const hashCond = conds.find((c) => c.key === "tx.hash" && c.op === "=");
  const candidates = hashCond ? [hashCond.value.toUpperCase()] : [...ctx.chain.txIndex.keys()];
  const found = candidates
    .map((h) => ({ h, loc: ctx.chain.txIndex.get(h) }))
    .filter((x): x is { h: string; loc: { height: number; index: number } } => x.loc !== undefined)
    .filter(({ h, loc }) => {
      const r = ctx.chain.blocks.get(loc.height)?.results[loc.index];
      return (
        r !== undefined &&
        matches(
          conds,
          indexEvents(r.events, { "tx.hash": h, "tx.height": String(loc.height), "tm.event": "Tx" }),
        )
      );
    })
    .sort((a, b) => a.loc.height - b.loc.height || a.loc.index - b.loc.index);
  if (str(params.order_by) === "desc") found.reverse();
  const txs = found.slice((page - 1) * perPage, page * perPage).map(({ h }) => txJson(ctx, h));
  return { txs, total_count: String(found.length) };
}

async function broadcastCommit(ctx: RpcContext, params: Params) {
  const check = await broadcast(ctx, params);
  if (check.code !== 0)
    return {
      check_tx: check,
      tx_result: txResultJson({
        code: 0,
        codespace: "",
        log: "",
        data: new Uint8Array(),
        gasWanted: 0n,
        gasUsed: 0n,
        events: [],
      }),
      hash: check.hash,
      height: "0",
    };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const t = txJson(ctx, check.hash);
    if (t) return { check_tx: check, tx_result: t.tx_result, hash: check.hash, height: t.height };
    await new Promise<void>((r) => ctx.chain.once("block", () => r()));
  }
  throw internal("timed out waiting for tx to be included in a block");
}

export const methods: Record<string, (ctx: RpcContext, params: Params) => unknown> = {
  status: (ctx) => statusJson(ctx.identity, ctx.chain.lastBlock, earliest(ctx), ctx.chain.genesisTime),
  health: () => ({}),
  // chain-sdk's discovery route, registered on the node's RPC by pkg.akt.dev/go/node/client.
  akash: (ctx) => discoveryInfo(ctx.identity.chainId, null, ctx.identity.minClientVersion),
  abci_info: (ctx) => ({
    response: {
      data: "akash",
      version: NODE_VERSION,
      app_version: "0",
      last_block_height: String(ctx.chain.height),
      last_block_app_hash: ctx.chain.lastBlock ? toBase64(ctx.chain.lastBlock.appHash) : "",
    },
  }),
  abci_query: (ctx, params) => {
    const path = str(params.path) ?? "";
    const dataHex = str(params.data) ?? "";
    const data = fromHex(dataHex.startsWith("0x") ? dataHex.slice(2) : dataHex);
    const r = runAbciQuery(ctx.chain, path, data);
    return {
      response: {
        code: r.code,
        log: r.log,
        info: "",
        index: "0",
        key: null,
        value: r.value.length ? toBase64(r.value) : null,
        proofOps: null,
        height: String(ctx.chain.height),
        codespace: r.codespace,
      },
    };
  },
  broadcast_tx_sync: broadcast,
  broadcast_tx_async: async (ctx, params) => ({ ...(await broadcast(ctx, params)), log: "" }),
  broadcast_tx_commit: broadcastCommit,
  tx: (ctx, params) => {
    const hash = toHex(bytesParam(params, "hash")).toUpperCase();
    const t = txJson(ctx, hash);
    if (!t) throw internal(`tx (${hash}) not found`);
    return t;
  },
  tx_search: txSearch,
  block: (ctx, params) => {
    const h = heightParam(ctx, params.height);
    return blockJson(blockAt(ctx, h), ctx.identity, ctx.chain.blocks.get(h - 1));
  },
  block_results: (ctx, params) => blockResultsJson(blockAt(ctx, heightParam(ctx, params.height))),
  blockchain: (ctx, params) => {
    const max = Math.min(
      ctx.chain.height,
      Number(str(params.maxHeight) ?? ctx.chain.height) || ctx.chain.height,
    );
    const min = Math.max(1, Number(str(params.minHeight) ?? 1) || 1, max - 19);
    const metas = [];
    for (let h = max; h >= min; h--) {
      const b = ctx.chain.blocks.get(h);
      if (b) metas.push(blockMetaJson(b, ctx.identity, ctx.chain.blocks.get(h - 1)));
    }
    return { last_height: String(ctx.chain.height), block_metas: metas };
  },
  num_unconfirmed_txs: (ctx) => ({
    n_txs: String(ctx.chain.mempoolSize),
    total: String(ctx.chain.mempoolSize),
    total_bytes: "0",
    txs: null,
  }),
};
