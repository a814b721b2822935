// Adds a field that chain-sdk 1.0.0-alpha.25 does not know to one of its generated (ts-proto)
// codecs, in place, the way chain-sdk itself patches DecCoin for LegacyDec: encode writes it,
// decode reads it from the message's own bytes, fromPartial/fromJSON/toJSON carry it. Patching
// the shared codec object (rather than wrapping it) matters because chain-sdk's codecs call each
// other by name: QueryLeasesResponse.encode reaches the patched Lease.encode, so nested messages
// in stored state, query responses and signed messages all keep the field.

import { lastField, readFields, WIRE_LEN } from "./wire.ts";

export interface FieldExtension<V> {
  /** field number on the wire */
  no: number;
  /** property on the ts-proto object (camelCase) */
  key: string;
  /** proto name, as the gateway's JSON shows it */
  json: string;
  /** gogoproto nullable: absent stays absent (JSON null); otherwise always written */
  nullable: boolean;
  zero(): V;
  encode(v: V): Uint8Array;
  decode(bytes: Uint8Array): V;
  toJSON(v: V): unknown;
  fromJSON(j: unknown): V;
}

interface Writer {
  uint32(v: number): Writer;
  bytes(v: Uint8Array): Writer;
}

interface Reader {
  buf: Uint8Array;
  pos: number;
  len: number;
}

type Obj = Record<string, unknown>;

interface LooseCodec {
  encode(m: Obj, w?: Writer): Writer;
  decode(input: Uint8Array | Reader, length?: number): Obj;
  fromPartial(o: Obj): Obj;
  toJSON(m: Obj): unknown;
  fromJSON(o: unknown): Obj;
}

const installed = new WeakMap<object, Set<number>>();

/** The bytes a decode call will read: the whole buffer, or the nested message at the reader. */
function bytesOf(input: Uint8Array | Reader, length?: number): Uint8Array {
  if (input instanceof Uint8Array) return length === undefined ? input : input.subarray(0, length);
  const end = length === undefined ? input.len : input.pos + length;
  return input.buf.subarray(input.pos, end);
}

const isSet = (v: unknown) => v !== undefined && v !== null;

export function extendCodec<V>(target: object, ext: FieldExtension<V>): void {
  const done = installed.get(target) ?? new Set<number>();
  if (done.has(ext.no)) return;
  done.add(ext.no);
  installed.set(target, done);
  const codec = target as LooseCodec;
  const base = {
    encode: codec.encode,
    decode: codec.decode,
    fromPartial: codec.fromPartial,
    toJSON: codec.toJSON,
    fromJSON: codec.fromJSON,
  };
  const absent = () => (ext.nullable ? undefined : ext.zero());
  const tag = (ext.no << 3) | WIRE_LEN;

  codec.encode = (m, w) => {
    const out = base.encode(m, w);
    const v = isSet(m[ext.key]) ? (m[ext.key] as V) : absent();
    if (v !== undefined) out.uint32(tag).bytes(ext.encode(v));
    return out;
  };
  codec.decode = (input, length) => {
    const bytes = bytesOf(input, length);
    const m = base.decode(input, length);
    const f = lastField(readFields(bytes), ext.no);
    if (f && f.wire !== WIRE_LEN) throw new Error(`field ${ext.no} (${ext.json}): expected a message`);
    m[ext.key] = f ? ext.decode(f.bytes) : absent();
    return m;
  };
  codec.fromPartial = (o) => {
    const m = base.fromPartial(o);
    m[ext.key] = isSet(o[ext.key]) ? (o[ext.key] as V) : absent();
    return m;
  };
  codec.toJSON = (m) => {
    const j = base.toJSON(m) as Obj;
    if (isSet(m[ext.key])) j[ext.json] = ext.toJSON(m[ext.key] as V);
    return j;
  };
  codec.fromJSON = (o) => {
    const m = base.fromJSON(o);
    const j = (o ?? {}) as Obj;
    const raw = j[ext.json] ?? j[ext.key];
    m[ext.key] = isSet(raw) ? ext.fromJSON(raw) : absent();
    return m;
  };
}

/** Renames one enum value in toJSON/fromJSON (a state chain-sdk's enum does not have yet). */
export function extendEnumName(target: object, field: string, value: number, name: string): void {
  const codec = target as LooseCodec;
  const base = { toJSON: codec.toJSON, fromJSON: codec.fromJSON };
  codec.toJSON = (m) => {
    const j = base.toJSON(m) as Obj;
    if (m[field] === value) j[field] = name;
    return j;
  };
  codec.fromJSON = (o) => {
    const m = base.fromJSON(o);
    if (((o ?? {}) as Obj)[field] === name) m[field] = value;
    return m;
  };
}
