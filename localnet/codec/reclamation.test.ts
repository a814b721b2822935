import { Lease, LeaseClosedReason } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { MsgCreateDeployment } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import {
  MsgCreateBid,
  Params,
  QueryLeasesResponse,
} from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import Long from "long";
import { describe, expect, it } from "vitest";
import {
  DeploymentReclamation,
  Duration,
  LEASE_RECLAIMING,
  leaseReclamation,
  MsgLeaseStartReclaim,
  Reclamation,
  reclamationOf,
  reclamationWindowOf,
} from "./index.ts";
import { readFields } from "./wire.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const leaseId = {
  owner: "akash1owner",
  dseq: Long.fromNumber(42, true),
  gseq: 1,
  oseq: 1,
  provider: "akash1provider",
  bseq: 0,
};

describe("Duration", () => {
  it("encodes seconds and nanos as varints 1 and 2, leaving zero out", () => {
    // 3600 = 0x0e10 → varint 0x90 0x1c
    expect(hex(Duration.encode({ seconds: 3600n, nanos: 0 }))).toBe("08901c");
    expect(hex(Duration.encode({ seconds: 1n, nanos: 500_000_000 }))).toBe("08011080cab5ee01");
    expect(Duration.encode({ seconds: 0n, nanos: 0 })).toHaveLength(0);
  });

  it("prints JSON as jsonpb does and parses it back", () => {
    expect(Duration.toJSON({ seconds: 3600n, nanos: 0 })).toBe("3600s");
    expect(Duration.toJSON({ seconds: 1n, nanos: 500_000_000 })).toBe("1.500s");
    expect(Duration.toJSON({ seconds: 0n, nanos: 1 })).toBe("0.000000001s");
    expect(Duration.toJSON({ seconds: 0n, nanos: -500_000_000 })).toBe("-0.500s");
    expect(Duration.fromJSON("86400s")).toEqual({ seconds: 86400n, nanos: 0 });
    expect(Duration.fromJSON("1.5s")).toEqual({ seconds: 1n, nanos: 500_000_000 });
    expect(() => Duration.fromJSON("1h")).toThrow(/invalid duration/);
  });
});

describe("Reclamation", () => {
  it("round-trips the lease reclamation with int64 fields and the reason enum", () => {
    const r = {
      window: { seconds: 3600n, nanos: 0 },
      startedAt: 150n,
      deadline: 1_767_229_200n,
      reason: LeaseClosedReason.lease_closed_reason_decommission,
    };
    const bytes = Reclamation.encode(r);
    expect(readFields(bytes).map((f) => f.no)).toEqual([1, 2, 3, 4]);
    expect(Reclamation.decode(bytes)).toEqual(r);
    expect(Reclamation.toJSON(r)).toEqual({
      window: "3600s",
      started_at: "150",
      deadline: "1767229200",
      reason: "lease_closed_reason_decommission",
    });
    expect(Reclamation.fromJSON(Reclamation.toJSON(r))).toEqual(r);
  });

  it("always writes the non-nullable min_window, even when zero", () => {
    expect(hex(DeploymentReclamation.encode({ minWindow: { seconds: 0n, nanos: 0 } }))).toBe("0a00");
  });
});

describe("MsgLeaseStartReclaim", () => {
  it("is field 1 LeaseID and field 2 reason", () => {
    const m = MsgLeaseStartReclaim.fromPartial({
      id: leaseId,
      reason: LeaseClosedReason.lease_closed_reason_decommission,
    });
    const bytes = MsgLeaseStartReclaim.encode(m).finish();
    const fields = readFields(bytes);
    expect(fields.map((f) => [f.no, f.wire])).toEqual([
      [1, 2],
      [2, 0],
    ]);
    // 10001 = 0x2711 → varint 0x91 0x4e
    expect(hex(bytes.subarray(bytes.length - 3))).toBe("10914e");
    expect(MsgLeaseStartReclaim.decode(bytes)).toEqual(m);
  });
});

describe("chain-sdk codecs with the v2.1 fields installed", () => {
  it("keeps MsgCreateDeployment.reclamation (field 5) through encode and decode", () => {
    const m = MsgCreateDeployment.fromPartial({ id: { owner: "akash1o", dseq: Long.fromNumber(1, true) } });
    Object.assign(m, { reclamation: { minWindow: { seconds: 7200n, nanos: 0 } } });
    const bytes = MsgCreateDeployment.encode(m).finish();
    expect(readFields(bytes).find((f) => f.no === 5)).toBeDefined();
    expect(reclamationOf(MsgCreateDeployment.decode(bytes))).toEqual({
      minWindow: { seconds: 7200n, nanos: 0 },
    });
    expect(
      reclamationOf(
        MsgCreateDeployment.decode(MsgCreateDeployment.encode(MsgCreateDeployment.fromPartial({})).finish()),
      ),
    ).toBeUndefined();
  });

  it("keeps MsgCreateBid.reclamation_window (field 5)", () => {
    const m = MsgCreateBid.fromPartial({ reclamationWindow: { seconds: 86400n, nanos: 0 } } as never);
    expect(reclamationWindowOf(MsgCreateBid.decode(MsgCreateBid.encode(m).finish()))).toEqual({
      seconds: 86400n,
      nanos: 0,
    });
  });

  it("carries a reclaiming lease through a nested query response and its gateway JSON", () => {
    const lease = Lease.fromPartial({ id: leaseId, state: LEASE_RECLAIMING });
    Object.assign(lease, {
      reclamation: { window: { seconds: 3600n, nanos: 0 }, startedAt: 9n, deadline: 99n, reason: 10001 },
    });
    const res = QueryLeasesResponse.decode(
      QueryLeasesResponse.encode({
        leases: [{ lease, escrowPayment: undefined }],
        pagination: undefined,
      }).finish(),
    );
    const back = res.leases[0]?.lease;
    expect(back?.state).toBe(4);
    expect(back && leaseReclamation(back)).toEqual({
      window: { seconds: 3600n, nanos: 0 },
      startedAt: 9n,
      deadline: 99n,
      reason: 10001,
    });
    const json = Lease.toJSON(lease) as Record<string, unknown>;
    expect(json.state).toBe("reclaiming");
    expect(json.reclamation).toEqual({
      window: "3600s",
      started_at: "9",
      deadline: "99",
      reason: "lease_closed_reason_decommission",
    });
    expect(Lease.fromJSON(json).state).toBe(4);
  });

  it("always writes the market params' reclamation bounds", () => {
    const p = Params.decode(Params.encode(Params.fromPartial({ orderMaxBids: 20 })).finish());
    expect(Params.toJSON(p)).toMatchObject({ min_reclamation_window: "0s", max_reclamation_window: "0s" });
  });
});
