// Keplr's JSONUint8Array encoding, as the extension's page protocol carries it: byte arrays as
// "__uint8array__<hex>" and bigints as "__bigint__<n>" inside plain JSON.
const BYTES = "__uint8array__";
const BIGINT = "__bigint__";

export function encodeKeplrJson(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => {
      if (v instanceof Uint8Array) return BYTES + Buffer.from(v).toString("hex");
      if (typeof v === "bigint") return BIGINT + v.toString();
      return v;
    }),
  );
}

export function decodeKeplrJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) => {
    if (key === "__proto__") throw new Error("__proto__ is disallowed");
    if (typeof v === "string" && v.startsWith(BYTES))
      return new Uint8Array(Buffer.from(v.slice(BYTES.length), "hex"));
    if (typeof v === "string" && v.startsWith(BIGINT)) return BigInt(v.slice(BIGINT.length));
    return v;
  });
}
