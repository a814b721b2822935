import { describe, expect, it } from "vitest";
import { Lease, Lease_State } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import Long from "long";
import { gatewayJson } from "./gateway-json.ts";

describe("gatewayJson", () => {
  it("emits zero values the way the SDK gateway does", () => {
    const lease = Lease.fromPartial({
      id: { owner: "akash1o", dseq: Long.fromNumber(7), gseq: 1, oseq: 1, provider: "akash1p", bseq: 0 },
      state: Lease_State.active,
      price: { denom: "uact", amount: "1.500000000000000000" },
      createdAt: Long.fromNumber(10),
    });
    expect(gatewayJson(Lease, lease)).toEqual({
      id: { owner: "akash1o", dseq: "7", gseq: 1, oseq: 1, provider: "akash1p", bseq: 0 },
      state: "active",
      price: { denom: "uact", amount: "1.500000000000000000" },
      created_at: "10",
      closed_on: "0",
      reason: "lease_closed_invalid",
    });
  });
});
