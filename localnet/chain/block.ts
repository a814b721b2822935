// Block and tx-result records kept by the chain, and the deterministic hashes CometBFT clients
// expect to be present (block hash, app hash, part-set hash), derived from contents with sha256.

import { sha256 } from "@cosmjs/crypto";
import type { TxEvent } from "./context.ts";

export interface TxResult {
  code: number;
  codespace: string;
  log: string;
  /** TxMsgData bytes */
  data: Uint8Array;
  gasWanted: bigint;
  gasUsed: bigint;
  events: TxEvent[];
}

export interface BlockRecord {
  height: number;
  time: Date;
  hash: Uint8Array;
  partsHash: Uint8Array;
  lastBlockHash: Uint8Array;
  lastPartsHash: Uint8Array;
  appHash: Uint8Array;
  dataHash: Uint8Array;
  txs: Uint8Array[];
  txHashes: string[];
  results: TxResult[];
  finalizeEvents: TxEvent[];
}

const enc = new TextEncoder();

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function hashParts(...parts: Array<Uint8Array | string>): Uint8Array {
  return sha256(concat(parts.map((p) => (typeof p === "string" ? enc.encode(p) : p))));
}

/** CometBFT's data hash of an empty block is the sha256 of nothing. */
export function dataHash(txs: Uint8Array[]): Uint8Array {
  return hashParts(...txs.map((t) => sha256(t)));
}
