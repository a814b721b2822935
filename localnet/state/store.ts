// The chain's key-value state: named collections of protobuf-encoded values. Values are stored as
// bytes (as in the SDK's IAVL store) so reads always return fresh objects, gas is charged on real
// byte sizes, a journal undoes a failed transaction, and snapshots are just the bytes.

import { type GasMeter, KV_GAS } from "../chain/gas.ts";

export interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(input: Uint8Array): T;
}

type JournalEntry = { coll: string; key: string; prev: Uint8Array | undefined };

export class KVStore {
  readonly collections = new Map<string, Map<string, Uint8Array>>();
  private journal: JournalEntry[] = [];
  meter: GasMeter | null = null;

  private coll(name: string): Map<string, Uint8Array> {
    let c = this.collections.get(name);
    if (!c) {
      c = new Map();
      this.collections.set(name, c);
    }
    return c;
  }

  getRaw(coll: string, key: string): Uint8Array | undefined {
    const v = this.coll(coll).get(key);
    this.meter?.consume(KV_GAS.readFlat + KV_GAS.readPerByte * (key.length + (v?.length ?? 0)), "ReadFlat");
    return v;
  }

  setRaw(coll: string, key: string, value: Uint8Array): void {
    const c = this.coll(coll);
    this.meter?.consume(KV_GAS.writeFlat + KV_GAS.writePerByte * (key.length + value.length), "WriteFlat");
    this.journal.push({ coll, key, prev: c.get(key) });
    c.set(key, value);
  }

  deleteRaw(coll: string, key: string): void {
    const c = this.coll(coll);
    this.meter?.consume(KV_GAS.delete, "Delete");
    this.journal.push({ coll, key, prev: c.get(key) });
    c.delete(key);
  }

  /** Keys of a collection starting with prefix, in byte (lexicographic) order like an IAVL iterator. */
  keys(coll: string, prefix = ""): string[] {
    const out: string[] = [];
    for (const k of this.coll(coll).keys()) if (k.startsWith(prefix)) out.push(k);
    out.sort();
    this.meter?.consume(KV_GAS.iterNext * out.length, "IterNext");
    return out;
  }

  checkpoint(): number {
    return this.journal.length;
  }

  rollback(to: number): void {
    while (this.journal.length > to) {
      const e = this.journal.pop();
      if (!e) break;
      const c = this.coll(e.coll);
      if (e.prev === undefined) c.delete(e.key);
      else c.set(e.key, e.prev);
    }
  }

  /** Forget undo information; called once a block's changes are final. */
  commit(): void {
    this.journal = [];
  }
}

/** A typed view on one collection. */
export class Collection<T> {
  constructor(
    private readonly store: KVStore,
    readonly name: string,
    private readonly codec: Codec<T>,
  ) {}

  get(key: string): T | undefined {
    const raw = this.store.getRaw(this.name, key);
    return raw ? this.codec.decode(raw) : undefined;
  }

  has(key: string): boolean {
    return this.store.getRaw(this.name, key) !== undefined;
  }

  set(key: string, value: T): void {
    this.store.setRaw(this.name, key, this.codec.encode(value).finish());
  }

  delete(key: string): void {
    this.store.deleteRaw(this.name, key);
  }

  keys(prefix = ""): string[] {
    return this.store.keys(this.name, prefix);
  }

  list(prefix = ""): Array<{ key: string; value: T }> {
    return this.keys(prefix).map((key) => {
      const value = this.get(key);
      if (value === undefined) throw new Error(`vanished key ${this.name}/${key}`);
      return { key, value };
    });
  }
}

/** Zero-padded decimal so lexicographic key order equals numeric order, as big-endian keys do. */
export function pad(n: bigint | number | string, width = 20): string {
  return String(n).padStart(width, "0");
}
