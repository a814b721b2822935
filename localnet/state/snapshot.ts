// Snapshots of the chain state to DIR/state.bin: every collection's raw protobuf bytes in one
// length-prefixed file, written to a temp file and renamed so a crash never leaves half a file.

import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { KVStore } from "./store.ts";

const MAGIC = "LNS1";
const enc = new TextEncoder();
const dec = new TextDecoder();

export interface SnapshotMeta {
  height: number;
  lastBlockTime: string;
  lastBlockHash: string;
  lastPartsHash: string;
  appHash: string;
  genesisTime: string;
}

export function encodeSnapshot(store: KVStore, meta: SnapshotMeta): Buffer {
  const chunks: Buffer[] = [Buffer.from(MAGIC)];
  const pushBytes = (b: Uint8Array) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    chunks.push(len, Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  };
  pushBytes(enc.encode(JSON.stringify(meta)));
  for (const [coll, entries] of store.collections) {
    for (const [key, value] of entries) {
      pushBytes(enc.encode(coll));
      pushBytes(enc.encode(key));
      pushBytes(value);
    }
  }
  return Buffer.concat(chunks);
}

export function decodeSnapshot(buf: Buffer, store: KVStore): SnapshotMeta {
  if (buf.subarray(0, 4).toString() !== MAGIC) throw new Error("not a localnet snapshot");
  let o = 4;
  const next = (): Uint8Array => {
    const len = buf.readUInt32BE(o);
    const out = new Uint8Array(buf.subarray(o + 4, o + 4 + len));
    o += 4 + len;
    return out;
  };
  const meta = JSON.parse(dec.decode(next())) as SnapshotMeta;
  while (o < buf.length) {
    const coll = dec.decode(next());
    const key = dec.decode(next());
    const value = next();
    let c = store.collections.get(coll);
    if (!c) {
      c = new Map();
      store.collections.set(coll, c);
    }
    c.set(key, value);
  }
  return meta;
}

export function snapshotPath(dataDir: string): string {
  return join(dataDir, "state.bin");
}

export function writeSnapshot(dataDir: string, store: KVStore, meta: SnapshotMeta): void {
  const path = snapshotPath(dataDir);
  writeFileSync(`${path}.tmp`, encodeSnapshot(store, meta));
  renameSync(`${path}.tmp`, path);
}

export function readSnapshot(dataDir: string, store: KVStore): SnapshotMeta | null {
  const path = snapshotPath(dataDir);
  if (!existsSync(path)) return null;
  return decodeSnapshot(readFileSync(path), store);
}
