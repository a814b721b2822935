// SIGN_MODE_LEGACY_AMINO_JSON encoding as the node does it (cosmos-sdk 0.53, cosmossdk.io/x/tx
// v0.14 signing/aminojson): the message is read from the tx's own protobuf bytes, as dynamicpb
// does, and written field by field from its descriptor (./amino-schema.ts). Deliberately its
// own code, sharing nothing with the app's converters, so a converter bug fails here as on
// mainnet. Rules (json_marshal.go, options.go, encoder.go, any.go):
// - a field is left out when unset (scalars at their proto3 default, empty lists, messages not
//   on the wire) unless amino.dont_omitempty; a message on the wire is written even if empty;
// - uint64 as a quoted decimal, uint32 and enums as JSON numbers, bytes as standard base64;
// - cosmos.Dec on a LegacyDec prints the 10^18-scaled wire integer as LegacyDec.String(),
//   cosmos.Int prints "" as "0";
// - fields sorted by name; inside an Any, {"type": amino.name or the type URL, "value": …};
// - google.protobuf.Timestamp as RFC 3339 (fraction only when non-zero, time.go marshalTimestamp),
//   google.protobuf.Duration as its quoted nanoseconds (marshalDuration).

import { SCHEMAS, type Field } from "./amino-schema.ts";

type Raw = { wire: number; num: bigint; data: Uint8Array };
const utf8 = new TextDecoder("utf-8", { fatal: true });

function varint(buf: Uint8Array, at: { i: number }): bigint {
  let v = 0n;
  for (let shift = 0n; shift < 70n; shift += 7n) {
    const b = buf[at.i++];
    if (b === undefined) throw new Error("truncated varint");
    v |= BigInt(b & 0x7f) << shift;
    if (b < 0x80) return v;
  }
  throw new Error("varint too long");
}

/** Every field occurrence by number, in wire order. */
function readWire(buf: Uint8Array): Map<number, Raw[]> {
  const out = new Map<number, Raw[]>();
  const at = { i: 0 };
  while (at.i < buf.length) {
    const key = varint(buf, at);
    const no = Number(key >> 3n);
    const wire = Number(key & 7n);
    let raw: Raw;
    if (wire === 0) raw = { wire, num: varint(buf, at), data: new Uint8Array() };
    else if (wire === 2) {
      const len = Number(varint(buf, at));
      if (at.i + len > buf.length) throw new Error("truncated field");
      raw = { wire, num: 0n, data: buf.subarray(at.i, (at.i += len)) };
    } else throw new Error(`wire type ${wire} is not used by these messages`);
    out.set(no, [...(out.get(no) ?? []), raw]);
  }
  return out;
}

/** LegacyDec.String() of its wire form, the integer scaled by 10^18 (x/tx cosmosDecEncoder). */
function legacyDecString(scaled: string): string {
  if (!/^-?\d+$/.test(scaled)) throw new Error(`invalid LegacyDec on the wire: ${scaled}`);
  const neg = scaled.startsWith("-");
  const digits = BigInt(neg ? scaled.slice(1) : scaled)
    .toString()
    .padStart(19, "0");
  return `${neg && /[1-9]/.test(digits) ? "-" : ""}${digits.slice(0, -18)}.${digits.slice(-18)}`;
}

function scalar(f: Field, raw: Raw | undefined): unknown {
  switch (f.kind) {
    case "string": {
      const s = raw ? utf8.decode(raw.data) : "";
      if (f.scalar === "dec") return s === "" ? "0" : legacyDecString(s);
      if (f.scalar === "int") return s === "" ? "0" : s;
      return s;
    }
    case "bytes":
      return Buffer.from(raw?.data ?? []).toString("base64");
    case "uint64":
      return BigInt.asUintN(64, raw?.num ?? 0n).toString();
    case "uint32":
      return Number(BigInt.asUintN(32, raw?.num ?? 0n));
    case "enum":
      return Number(BigInt.asIntN(32, raw?.num ?? 0n));
    default:
      throw new Error(`${f.name} is not a scalar`);
  }
}

const isDefault = (f: Field, raw: Raw) =>
  f.kind === "string" || f.kind === "bytes" ? raw.data.length === 0 : raw.num === 0n;

/** Repeated numbers may come packed (one length-delimited run) or one per tag. */
function repeatedNumbers(raws: Raw[]): Raw[] {
  return raws.flatMap((r) => {
    if (r.wire === 0) return [r];
    const at = { i: 0 };
    const out: Raw[] = [];
    while (at.i < r.data.length) out.push({ wire: 0, num: varint(r.data, at), data: new Uint8Array() });
    return out;
  });
}

function fieldValue(f: Field, raws: Raw[]): unknown {
  const numeric = f.kind === "uint32" || f.kind === "uint64" || f.kind === "enum";
  if (f.repeated) {
    if (!numeric && raws.some((r) => r.wire !== 2)) throw new Error(`wrong wire type for ${f.name}`);
    const items = numeric ? repeatedNumbers(raws) : raws;
    if (items.length === 0) return f.keep ? [] : undefined;
    return items.map((r) => (f.kind === "message" ? encodeMessage(f.type as string, r.data) : scalar(f, r)));
  }
  if (f.kind === "message") {
    // Several occurrences of an embedded message merge: the concatenation of their bytes.
    if (raws.length === 0) {
      if (f.keep) throw new Error(`dont_omitempty on unset message field ${f.name}`);
      return undefined;
    }
    if (raws.some((r) => r.wire !== 2)) throw new Error(`wrong wire type for ${f.name}`);
    return encodeMessage(f.type as string, Buffer.concat(raws.map((r) => r.data)));
  }
  const last = raws.at(-1);
  if ((!last || isDefault(f, last)) && !f.keep) return undefined;
  if (last && (last.wire === 0) !== numeric) throw new Error(`wrong wire type for ${f.name}`);
  return scalar(f, last);
}

const MAX_DURATION_SECONDS = 9223372036n - 1n;

function timestampJson(bytes: Uint8Array): string {
  const wire = readWire(bytes);
  const seconds = BigInt.asIntN(64, wire.get(1)?.at(-1)?.num ?? 0n);
  const nanos = Number(BigInt.asIntN(32, wire.get(2)?.at(-1)?.num ?? 0n));
  if (nanos < 0) throw new Error("nanos must be non-negative on timestamp");
  const iso = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  const frac = nanos ? `.${String(nanos).padStart(9, "0").replace(/0+$/, "")}` : "";
  return `${iso}${frac}Z`;
}

function durationJson(bytes: Uint8Array): string {
  const wire = readWire(bytes);
  const seconds = BigInt.asIntN(64, wire.get(1)?.at(-1)?.num ?? 0n);
  if (seconds > MAX_DURATION_SECONDS) throw new Error(`${seconds} seconds would overflow an int64`);
  const nanos = BigInt.asIntN(32, wire.get(2)?.at(-1)?.num ?? 0n);
  return (seconds * 1_000_000_000n + nanos).toString();
}

function anyJson(bytes: Uint8Array): { type: string; value: unknown } {
  const wire = readWire(bytes);
  const typeUrl = utf8.decode(wire.get(1)?.at(-1)?.data ?? new Uint8Array());
  return encodeAnyMessage(typeUrl, wire.get(2)?.at(-1)?.data ?? new Uint8Array());
}

const WELL_KNOWN: Record<string, (bytes: Uint8Array) => unknown> = {
  "google.protobuf.Any": anyJson,
  "google.protobuf.Timestamp": timestampJson,
  "google.protobuf.Duration": durationJson,
};

/** The amino JSON value of one message of a known type, from its protobuf bytes. */
export function encodeMessage(type: string, bytes: Uint8Array): unknown {
  const special = WELL_KNOWN[type];
  if (special) return special(bytes);
  const schema = SCHEMAS[type];
  if (!schema) throw new Error(`no amino descriptor for ${type}`);
  const wire = readWire(bytes);
  for (const no of wire.keys())
    if (!schema.fields.some((f) => f.no === no)) throw new Error(`unknown field ${no} in ${type}`);
  const out: Record<string, unknown> = {};
  for (const f of [...schema.fields].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const v = fieldValue(f, wire.get(f.no) ?? []);
    if (v !== undefined) out[f.name] = v;
  }
  return out;
}

export function hasAminoSchema(typeUrl: string): boolean {
  return SCHEMAS[typeUrl.slice(1)] !== undefined && typeUrl.includes(".Msg");
}

/** A tx message as x/tx writes it inside the sign doc's msgs (marshalAny → beginMarshal). */
export function encodeAnyMessage(typeUrl: string, bytes: Uint8Array): { type: string; value: unknown } {
  const type = typeUrl.slice(1);
  if (!SCHEMAS[type]) throw new Error(`can't resolve type URL ${typeUrl}`);
  return { type: SCHEMAS[type]?.aminoName ?? typeUrl, value: encodeMessage(type, bytes) };
}

/**
 * Go's encoding/json over sorted keys: what the sign bytes are. JSON.stringify escapes the same
 * control characters; Go also escapes <, >, & and U+2028/U+2029 (HTML-safe output).
 */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v === null || typeof v !== "object") return v;
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .filter((k) => o[k] !== undefined)
        .map((k) => [k, sort(o[k])]),
    );
  };
  const escapes: Record<string, string> = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
  };
  return JSON.stringify(sort(value)).replace(/[<>&\u2028\u2029]/g, (c) => escapes[c] ?? c);
}
