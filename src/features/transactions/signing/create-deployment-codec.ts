// MsgCreateDeployment with node v2.1's `reclamation` (AEP-82), which chain-sdk 1.0.0-alpha.25's
// generated codec lacks: its encode drops the field and its decode skips it. chain-sdk HEAD
// (proto/node/akash/deployment/v1beta4/deploymentmsg.proto, v1/deployment.proto):
//   MsgCreateDeployment.reclamation = 5  akash.deployment.v1.DeploymentReclamation (nullable)
//   DeploymentReclamation.min_window = 1 google.protobuf.Duration (non-nullable, stdduration)
//   Duration {seconds = 1 int64, nanos = 2 int32}
// Fields 1–4 are chain-sdk's bytes unchanged; field 5 follows them, in field order as gogoproto
// writes it, so the body bytes the wallet signs are the node's. Decoding reads field 5 back, for
// the receipts' chain check and the amino round trip.
import { MsgCreateDeployment } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import { ProtoWriter, secondsBytes } from "../messages/proto-wire";

export interface DeploymentReclamationValue {
  /** whole seconds as a decimal string (JSON-safe in receipts), nanos 0 */
  minWindow: { seconds: string; nanos: number };
}

type Base = ReturnType<typeof MsgCreateDeployment.fromPartial>;
export type CreateDeploymentValue = Base & { reclamation?: DeploymentReclamationValue };
type Partial = Parameters<typeof MsgCreateDeployment.fromPartial>[0] & {
  reclamation?: DeploymentReclamationValue | null;
};

const RECLAMATION_FIELD = 5;

export function reclamationFieldBytes(r: DeploymentReclamationValue): Uint8Array {
  const duration = secondsBytes(BigInt(r.minWindow.seconds), r.minWindow.nanos);
  // min_window is non-nullable: written even when its Duration is empty.
  const reclamation = new ProtoWriter().len(1, duration).finish();
  return new ProtoWriter().len(RECLAMATION_FIELD, reclamation).finish();
}

interface Field {
  no: number;
  wire: number;
  value: bigint;
  bytes: Uint8Array;
}

function readVarint(buf: Uint8Array, at: number): [bigint, number] {
  let value = 0n;
  for (let shift = 0n, i = at; i < buf.length && shift < 70n; i++, shift += 7n) {
    const b = buf[i] as number;
    value |= BigInt(b & 0x7f) << shift;
    if (b < 0x80) return [BigInt.asUintN(64, value), i + 1];
  }
  throw new Error("truncated varint");
}

/** The top-level fields of a message (varint and length-delimited; fixed widths skipped). */
export function readFields(buf: Uint8Array): Field[] {
  const out: Field[] = [];
  let at = 0;
  while (at < buf.length) {
    const [tag, next] = readVarint(buf, at);
    const no = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    at = next;
    if (wire === 0) {
      const [value, after] = readVarint(buf, at);
      out.push({ no, wire, value, bytes: new Uint8Array() });
      at = after;
    } else if (wire === 2) {
      const [len, start] = readVarint(buf, at);
      const end = start + Number(len);
      if (end > buf.length) throw new Error("truncated field");
      out.push({ no, wire, value: 0n, bytes: buf.subarray(start, end) });
      at = end;
    } else if (wire === 1 || wire === 5) at += wire === 1 ? 8 : 4;
    else throw new Error(`unsupported wire type ${wire}`);
  }
  return out;
}

const last = (fields: Field[], no: number, wire: number) =>
  fields.filter((f) => f.no === no && f.wire === wire).at(-1);

export function readReclamation(msgBytes: Uint8Array): DeploymentReclamationValue | undefined {
  const rec = last(readFields(msgBytes), RECLAMATION_FIELD, 2);
  if (!rec) return undefined;
  const duration = readFields(last(readFields(rec.bytes), 1, 2)?.bytes ?? new Uint8Array());
  const seconds = BigInt.asIntN(64, last(duration, 1, 0)?.value ?? 0n);
  const nanos = Number(BigInt.asIntN(32, last(duration, 2, 0)?.value ?? 0n));
  return { minWindow: { seconds: seconds.toString(), nanos } };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** chain-sdk's MsgCreateDeployment codec, plus field 5: what the registry signs and decodes. */
export const MsgCreateDeploymentV21 = {
  $type: MsgCreateDeployment.$type,
  encode(m: CreateDeploymentValue): { finish(): Uint8Array } {
    const base = MsgCreateDeployment.encode(m).finish();
    const bytes = m.reclamation ? concat(base, reclamationFieldBytes(m.reclamation)) : base;
    return { finish: () => bytes };
  },
  decode(input: Uint8Array): CreateDeploymentValue {
    const base: CreateDeploymentValue = MsgCreateDeployment.decode(input);
    const reclamation = readReclamation(input);
    return reclamation ? { ...base, reclamation } : base;
  },
  fromPartial(o: Partial): CreateDeploymentValue {
    const base: CreateDeploymentValue = MsgCreateDeployment.fromPartial(o);
    const r = o.reclamation;
    if (!r) return base;
    return {
      ...base,
      reclamation: { minWindow: { seconds: String(r.minWindow.seconds), nanos: r.minWindow.nanos } },
    };
  },
};

/** "30" seconds as Duration nanoseconds ("30000000000"): x/tx aminojson's marshalDuration. */
export const durationNanos = (d: DeploymentReclamationValue["minWindow"]): string =>
  (BigInt(d.seconds) * 1_000_000_000n + BigInt(d.nanos)).toString();

export function durationFromNanos(nanos: string): DeploymentReclamationValue["minWindow"] {
  const n = BigInt(nanos);
  return { seconds: (n / 1_000_000_000n).toString(), nanos: Number(n % 1_000_000_000n) };
}
