import { describe, expect, it } from "vitest";
import {
  AggregatedPrice,
  CoinPrice,
  Lease,
  Lease_State,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { GroupSpec } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
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

  it("prints resource values as decimal strings and endpoint kinds by name, as mainnet does", () => {
    const ascii = (n: string) => new TextEncoder().encode(n);
    const spec = GroupSpec.fromPartial({
      name: "dcloud",
      resources: [
        {
          resource: {
            id: 1,
            cpu: { units: { val: ascii("1000") } },
            memory: { quantity: { val: ascii("536870912") } },
            endpoints: [{ kind: 1, sequenceNumber: 0 }, { kind: 0 }],
          },
          count: 2,
          price: { denom: "uact", amount: "1000" },
        },
      ],
    });
    const json = gatewayJson(GroupSpec, spec) as {
      resources: {
        resource: {
          cpu: { units: { val: string } };
          memory: { quantity: { val: string } };
          endpoints: { kind: string }[];
        };
        price: { amount: string };
      }[];
    };
    const unit = json.resources[0]!;
    expect(unit.resource.cpu.units.val).toBe("1000");
    expect(unit.resource.memory.quantity.val).toBe("536870912");
    expect(unit.resource.endpoints.map((e) => e.kind)).toEqual(["RANDOM_PORT", "SHARED_HTTP"]);
    expect(unit.price.amount).toBe("1000.000000000000000000");
  });

  it("keeps timestamps as RFC 3339 strings and prints bare LegacyDec prices with 18 digits", () => {
    const time = new Date("2026-03-21T10:00:00.250Z");
    const price = AggregatedPrice.fromPartial({ denom: "akt", twap: "1.25", timestamp: time });
    expect(gatewayJson(AggregatedPrice, price)).toMatchObject({ timestamp: "2026-03-21T10:00:00.250Z" });
    const coinPrice = CoinPrice.fromPartial({ coin: { denom: "uakt", amount: "5" }, price: "1.25" });
    expect(gatewayJson(CoinPrice, coinPrice)).toEqual({
      coin: { denom: "uakt", amount: "5" },
      price: "1.250000000000000000",
    });
  });
});
