// The protobuf wire format for the few nested messages a descriptor must put into an Any's bytes
// (DepositAuthorization, fee allowances, Timestamp, Duration, Coin), without loading a codec
// library with the page: fields in number order, proto3 defaults left out, exactly as cosmjs-types
// (ts-proto) writes them — proto-wire.test.ts compares the bytes.

function varint(value: bigint): number[] {
  let v = BigInt.asUintN(64, value);
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

export class ProtoWriter {
  private readonly bytes: number[] = [];

  private tag(no: number, wire: number): this {
    this.bytes.push(...varint(BigInt((no << 3) | wire)));
    return this;
  }

  /** int64 / uint64 / int32 / enum; zero is left out */
  int(no: number, value: bigint | number): this {
    const v = BigInt(value);
    if (v !== 0n) this.tag(no, 0).bytes.push(...varint(v));
    return this;
  }

  /** a length-delimited payload, written even when empty (sub-messages) */
  len(no: number, payload: Uint8Array): this {
    this.tag(no, 2).bytes.push(...varint(BigInt(payload.length)), ...payload);
    return this;
  }

  /** a string; "" is left out */
  string(no: number, value: string): this {
    return value === "" ? this : this.len(no, new TextEncoder().encode(value));
  }

  /** repeated varints one tag each (not packed), zero included, as chain-sdk writes enums */
  repeatedInt(no: number, values: readonly number[]): this {
    for (const v of values) this.tag(no, 0).bytes.push(...varint(BigInt(v)));
    return this;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export interface WireCoin {
  denom: string;
  amount: string;
}

export const coinBytes = (c: WireCoin): Uint8Array =>
  new ProtoWriter().string(1, c.denom).string(2, c.amount).finish();

/** google.protobuf.Timestamp / Duration: {seconds = 1 int64, nanos = 2 int32} */
export const secondsBytes = (seconds: bigint, nanos = 0): Uint8Array =>
  new ProtoWriter().int(1, seconds).int(2, nanos).finish();

export function anyBytes(typeUrl: string, value: Uint8Array): Uint8Array {
  return new ProtoWriter().string(1, typeUrl).len(2, value).finish();
}
