// Protobuf and gateway-JSON codecs for the AEP-82 reclamation types of node v2.1, which
// chain-sdk 1.0.0-alpha.25 predates. Field numbers and JSON names follow chain-sdk HEAD's protos:
//   google.protobuf.Duration                    {seconds=1 int64, nanos=2 int32}
//   akash.deployment.v1.DeploymentReclamation   {min_window=1 Duration, non-nullable}
//   akash.market.v1.Reclamation                 {window=1 Duration, started_at=2 int64,
//                                                deadline=3 int64 (unix s), reason=4 LeaseClosedReason}
//   akash.market.v1beta5.MsgLeaseStartReclaim   {id=1 LeaseID, reason=2 LeaseClosedReason}
//   akash.market.v1.EventLeaseReclaimStarted    {id=1 LeaseID, reason=2, deadline=3 int64}
// JSON is what the SDK's gateway prints (gogoproto jsonpb, OrigName + EmitDefaults): durations as
// "3600s", int64 as strings, enums by name.

import { LeaseClosedReason, LeaseID } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import {
  concat,
  int64,
  lastField,
  lenField,
  readFields,
  varintField,
  WIRE_LEN,
  WIRE_VARINT,
  type WireField,
} from "./wire.ts";

export interface Duration {
  seconds: bigint;
  nanos: number;
}

export const durationFromSeconds = (seconds: number | bigint): Duration => ({
  seconds: BigInt(seconds),
  nanos: 0,
});

/** Whole nanoseconds, as Go's time.Duration holds it. */
export const durationNanos = (d: Duration): bigint => d.seconds * 1_000_000_000n + BigInt(d.nanos);

export const Duration = {
  encode: (d: Duration): Uint8Array => concat(varintField(1, d.seconds), varintField(2, BigInt(d.nanos))),
  decode(bytes: Uint8Array): Duration {
    const f = readFields(bytes);
    return {
      seconds: int64(varint(f, 1)),
      nanos: Number(BigInt.asIntN(32, varint(f, 2))),
    };
  },
  /** jsonpb: "%d.%09d" with trailing zero groups trimmed, then "s" ("3600s", "1.500s"). */
  toJSON(d: Duration): string {
    let { seconds, nanos } = d;
    const neg = seconds < 0n || nanos < 0;
    if (seconds < 0n) seconds = -seconds;
    if (nanos < 0) nanos = -nanos;
    let s = `${neg ? "-" : ""}${seconds}.${String(nanos).padStart(9, "0")}`;
    for (const cut of ["000", "000", ".000"]) if (s.endsWith(cut)) s = s.slice(0, -cut.length);
    return `${s}s`;
  },
  fromJSON(s: unknown): Duration {
    const m = typeof s === "string" ? /^(-)?(\d+)(?:\.(\d{1,9}))?s$/.exec(s) : null;
    if (!m) throw new Error(`invalid duration ${JSON.stringify(s)}`);
    const sign = m[1] ? -1n : 1n;
    const nanos = Number((m[3] ?? "").padEnd(9, "0") || "0");
    return { seconds: sign * BigInt(m[2] ?? "0"), nanos: sign < 0n ? -nanos : nanos };
  },
};

function varint(fields: WireField[], no: number): bigint {
  const f = lastField(fields, no);
  if (f && f.wire !== WIRE_VARINT) throw new Error(`field ${no}: expected a varint`);
  return f?.num ?? 0n;
}

function message(fields: WireField[], no: number): Uint8Array | undefined {
  const f = lastField(fields, no);
  if (f && f.wire !== WIRE_LEN) throw new Error(`field ${no}: expected a message`);
  return f?.bytes;
}

const reasonName = (r: number): string => LeaseClosedReason[r] ?? String(r);
function reasonFromJSON(v: unknown): number {
  if (typeof v === "number") return v;
  const n = (LeaseClosedReason as unknown as Record<string, unknown>)[String(v)];
  if (typeof n !== "number") throw new Error(`invalid lease closed reason ${JSON.stringify(v)}`);
  return n;
}

export interface DeploymentReclamation {
  minWindow: Duration;
}

export const DeploymentReclamation = {
  // min_window is non-nullable: gogoproto always writes it, even when zero.
  encode: (r: DeploymentReclamation): Uint8Array => lenField(1, Duration.encode(r.minWindow)),
  decode(bytes: Uint8Array): DeploymentReclamation {
    return { minWindow: Duration.decode(message(readFields(bytes), 1) ?? new Uint8Array()) };
  },
  toJSON: (r: DeploymentReclamation) => ({ min_window: Duration.toJSON(r.minWindow) }),
  fromJSON(o: unknown): DeploymentReclamation {
    const j = (o ?? {}) as Record<string, unknown>;
    return { minWindow: Duration.fromJSON(j.min_window ?? j.minWindow ?? "0s") };
  },
};

export interface Reclamation {
  window: Duration;
  /** block height at which reclaiming started; 0 until MsgLeaseStartReclaim */
  startedAt: bigint;
  /** unix seconds after which the provider may close the lease */
  deadline: bigint;
  reason: LeaseClosedReason;
}

export const Reclamation = {
  encode: (r: Reclamation): Uint8Array =>
    concat(
      lenField(1, Duration.encode(r.window)),
      varintField(2, r.startedAt),
      varintField(3, r.deadline),
      varintField(4, BigInt(r.reason)),
    ),
  decode(bytes: Uint8Array): Reclamation {
    const f = readFields(bytes);
    return {
      window: Duration.decode(message(f, 1) ?? new Uint8Array()),
      startedAt: int64(varint(f, 2)),
      deadline: int64(varint(f, 3)),
      reason: Number(BigInt.asIntN(32, varint(f, 4))) as LeaseClosedReason,
    };
  },
  toJSON: (r: Reclamation) => ({
    window: Duration.toJSON(r.window),
    started_at: r.startedAt.toString(),
    deadline: r.deadline.toString(),
    reason: reasonName(r.reason),
  }),
  fromJSON(o: unknown): Reclamation {
    const j = (o ?? {}) as Record<string, unknown>;
    return {
      window: Duration.fromJSON(j.window ?? "0s"),
      startedAt: BigInt(String(j.started_at ?? j.startedAt ?? "0")),
      deadline: BigInt(String(j.deadline ?? "0")),
      reason: reasonFromJSON(j.reason ?? 0) as LeaseClosedReason,
    };
  },
};

type LeaseIdValue = ReturnType<typeof LeaseID.fromPartial>;

export interface MsgLeaseStartReclaim {
  id: LeaseIdValue | undefined;
  reason: LeaseClosedReason;
}

interface Finishable {
  finish(): Uint8Array;
}

/**
 * ts-proto-shaped (encode/decode/fromPartial/toJSON/fromJSON, $type), so cosmjs's Registry signs
 * it like any chain-sdk message.
 */
export const MsgLeaseStartReclaim = {
  $type: "akash.market.v1beta5.MsgLeaseStartReclaim" as const,
  encode(m: MsgLeaseStartReclaim): Finishable {
    const id = LeaseID.encode(LeaseID.fromPartial(m.id ?? {})).finish();
    const bytes = concat(lenField(1, id), varintField(2, BigInt(m.reason)));
    return { finish: () => bytes };
  },
  decode(bytes: Uint8Array): MsgLeaseStartReclaim {
    const f = readFields(bytes);
    const id = message(f, 1);
    return {
      id: id ? LeaseID.decode(id) : undefined,
      reason: Number(BigInt.asIntN(32, varint(f, 2))) as LeaseClosedReason,
    };
  },
  fromPartial(o: { id?: Parameters<typeof LeaseID.fromPartial>[0]; reason?: number }): MsgLeaseStartReclaim {
    return {
      id: o.id ? LeaseID.fromPartial(o.id) : undefined,
      reason: (o.reason ?? 0) as LeaseClosedReason,
    };
  },
  toJSON: (m: MsgLeaseStartReclaim) => ({
    id: m.id ? LeaseID.toJSON(m.id) : undefined,
    reason: reasonName(m.reason),
  }),
  fromJSON(o: unknown): MsgLeaseStartReclaim {
    const j = (o ?? {}) as Record<string, unknown>;
    return { id: j.id ? LeaseID.fromJSON(j.id) : undefined, reason: reasonFromJSON(j.reason ?? 0) };
  },
};

/** The empty response message, for TxMsgData and cosmjs's msgResponses. */
export const MsgLeaseStartReclaimResponse = {
  $type: "akash.market.v1beta5.MsgLeaseStartReclaimResponse" as const,
  encode: (): Finishable => ({ finish: () => new Uint8Array() }),
  decode: (): Record<string, never> => ({}),
  fromPartial: (): Record<string, never> => ({}),
};

export interface EventLeaseReclaimStarted {
  id: LeaseIdValue | undefined;
  reason: LeaseClosedReason;
  deadline: bigint;
}

/** Typed event (x/market emits it when reclaiming starts); toJSON feeds the event attributes. */
export const EventLeaseReclaimStarted = {
  $type: "akash.market.v1.EventLeaseReclaimStarted" as const,
  toJSON: (e: EventLeaseReclaimStarted) => ({
    id: e.id ? LeaseID.toJSON(e.id) : undefined,
    reason: reasonName(e.reason),
    deadline: e.deadline.toString(),
  }),
};
