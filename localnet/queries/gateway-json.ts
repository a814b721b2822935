// gRPC-gateway JSON from ts-proto messages. ts-proto's toJSON already gives proto (snake_case)
// names, enum names and int64-as-string, but omits zero values; the SDK gateway emits them
// (EmitDefaults), so this fills every missing field from the decoded message.

import { formatDec, parseDec } from "../chain/dec.ts";

const ZERO_ENUMS: Record<string, string> = {
  reason: "lease_closed_invalid",
  state: "invalid",
  scope: "invalid",
  source: "invalid",
  kind: "SHARED_HTTP",
};

// Fields whose {denom, amount} is a LegacyDec (DecCoin, escrow Balance). The patched chain-sdk
// codec decodes them to the shortest decimal ("600"); the gateway prints 18 fraction digits.
const DEC_FIELDS = new Set([
  "price",
  "rate",
  "balance",
  "unsettled",
  "transferred",
  "funds",
  "cpu",
  "memory",
  "gpu",
]);

// CoinPrice.price (bme ledger) is a bare LegacyDec string under the same field name.
const DEC_STRING = /^\d+(\.\d{1,18})?$/;

function decAmount(v: unknown): unknown {
  if (typeof v === "string") return DEC_STRING.test(v) ? formatDec(parseDec(v)) : v;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  if (typeof o.denom !== "string" || typeof o.amount !== "string") return v;
  return { ...o, amount: formatDec(parseDec(o.amount)) };
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function isLong(v: unknown): boolean {
  return typeof v === "object" && v !== null && "low" in v && "high" in v && "unsigned" in v;
}

function defaultJson(key: string, v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (isLong(v) || typeof v === "bigint") return "0";
  if (typeof v === "number") return ZERO_ENUMS[key] ?? 0;
  if (typeof v === "string") return "";
  if (typeof v === "boolean") return false;
  if (v instanceof Uint8Array) return null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return [];
  return fill(v, {});
}

function fill(obj: unknown, json: unknown): unknown {
  if (typeof obj !== "object" || obj === null || isLong(obj) || obj instanceof Uint8Array) return json;
  // A well-known type the codec already wrote as a string (google.protobuf.Duration: "3600s").
  if (typeof json === "string") return json;
  // google.protobuf.Timestamp: ts-proto's toJSON already wrote the RFC 3339 string.
  if (obj instanceof Date) return json;
  if (Array.isArray(obj)) {
    const arr = Array.isArray(json) ? json : [];
    return obj.map((el, i) => fill(el, arr[i] ?? (typeof el === "object" ? {} : el)));
  }
  const given: Record<string, unknown> =
    typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  // Keys in the message's field order, as the gateway prints them; then any extra the codec wrote.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const sk = snake(k);
    // ResourceValue.val is bytes with customtype math.Int: the gateway prints the ASCII decimal
    // ("16000"), not ts-proto's base64.
    if (sk === "val" && v instanceof Uint8Array) {
      out[sk] = new TextDecoder().decode(v);
      continue;
    }
    if (!(sk in given)) out[sk] = defaultJson(sk, v);
    else if (typeof v === "object" && v !== null) out[sk] = fill(v, given[sk]);
    else out[sk] = given[sk];
    if (DEC_FIELDS.has(sk)) {
      const cur = out[sk];
      out[sk] = Array.isArray(cur) ? cur.map(decAmount) : decAmount(cur);
    }
  }
  for (const [k, v] of Object.entries(given)) if (!(k in out)) out[k] = v;
  return out;
}

export interface JsonCodec<T> {
  toJSON(m: T): unknown;
}

export function gatewayJson<T>(codec: JsonCodec<T>, message: T): unknown {
  return fill(message, codec.toJSON(message));
}
