// The protobuf wire format at its smallest: varints, field keys, length-delimited fields and a
// reader that lists a message's fields in wire order. Enough for the few messages chain-sdk
// alpha.25 does not know (./reclamation.ts) without depending on any one protobuf runtime.

export const WIRE_VARINT = 0;
export const WIRE_LEN = 2;

export interface WireField {
  no: number;
  wire: number;
  /** the value of a varint field */
  num: bigint;
  /** the payload of a length-delimited field */
  bytes: Uint8Array;
}

export function encodeVarint(value: bigint): Uint8Array {
  // Negative int32/int64 values go on the wire as their 64-bit two's complement, as protobuf does.
  let v = BigInt.asUintN(64, value);
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return Uint8Array.from(out);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const key = (no: number, wire: number) => encodeVarint(BigInt((no << 3) | wire));

/** A varint field; proto3 leaves zero out. */
export function varintField(no: number, value: bigint): Uint8Array {
  return value === 0n ? new Uint8Array() : concat(key(no, WIRE_VARINT), encodeVarint(value));
}

/** A length-delimited field (sub-message, string, bytes), written even when empty. */
export function lenField(no: number, payload: Uint8Array): Uint8Array {
  return concat(key(no, WIRE_LEN), encodeVarint(BigInt(payload.length)), payload);
}

export function stringField(no: number, value: string): Uint8Array {
  return value === "" ? new Uint8Array() : lenField(no, new TextEncoder().encode(value));
}

function readVarint(buf: Uint8Array, at: { i: number }): bigint {
  let v = 0n;
  for (let shift = 0n; shift < 70n; shift += 7n) {
    const b = buf[at.i++];
    if (b === undefined) throw new Error("truncated varint");
    v |= BigInt(b & 0x7f) << shift;
    if (b < 0x80) return v;
  }
  throw new Error("varint too long");
}

/** Every field of a message in wire order; 64- and 32-bit fixed fields are read and skipped. */
export function readFields(buf: Uint8Array): WireField[] {
  const out: WireField[] = [];
  const at = { i: 0 };
  while (at.i < buf.length) {
    const k = readVarint(buf, at);
    const no = Number(k >> 3n);
    const wire = Number(k & 7n);
    if (no === 0) throw new Error("invalid field number 0");
    if (wire === WIRE_VARINT) out.push({ no, wire, num: readVarint(buf, at), bytes: new Uint8Array() });
    else if (wire === WIRE_LEN) {
      const len = Number(readVarint(buf, at));
      if (at.i + len > buf.length) throw new Error("truncated field");
      out.push({ no, wire, num: 0n, bytes: buf.subarray(at.i, (at.i += len)) });
    } else if (wire === 1 || wire === 5) {
      const len = wire === 1 ? 8 : 4;
      if (at.i + len > buf.length) throw new Error("truncated field");
      out.push({ no, wire, num: 0n, bytes: buf.subarray(at.i, (at.i += len)) });
    } else throw new Error(`unsupported wire type ${wire}`);
  }
  return out;
}

/** The last occurrence of a field, as protobuf's "last one wins" merge rule reads it. */
export function lastField(fields: WireField[], no: number): WireField | undefined {
  for (let i = fields.length - 1; i >= 0; i--) if (fields[i]?.no === no) return fields[i];
  return undefined;
}

/** A signed 64-bit integer from its varint wire form. */
export const int64 = (v: bigint): bigint => BigInt.asIntN(64, v);
