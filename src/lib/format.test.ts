// Tests of the money formatting every page shares: micro-denoms to ACT/AKT and dollars.
import { describe, expect, it } from "vitest";
import {
  denomUnit,
  formatMicro,
  formatMicroRaw,
  formatUsdForMicro,
  perBlockToPerMonth,
  unitToMicro,
} from "./format";

describe("format", () => {
  it("names the unit of each deployment denom", () => {
    expect(denomUnit("uact")).toBe("ACT");
    expect(denomUnit("uakt")).toBe("AKT");
    expect(denomUnit("ibc/ABC")).toBe("ibc/ABC");
  });

  it("formats micro amounts in whole units with readable decimals", () => {
    expect(formatMicro(1_500_000, "uact")).toBe("1.5 ACT");
    expect(formatMicro(500_000, "uact")).toBe("0.5 ACT");
    expect(formatMicro(12, "uakt")).toBe("0.000012 AKT");
    expect(formatMicro(1_234_567_890, "uakt")).toBe("1,234.57 AKT");
    expect(formatMicro(7, "ibc/X")).toBe("7 ibc/X");
  });

  it("keeps per-block prices in the chain's micro unit", () => {
    expect(formatMicroRaw(1000, "uact")).toBe("1,000 uact");
    expect(formatMicroRaw(1.5, "uact")).toBe("1.5 uact");
  });

  it("refuses a block time that is not positive", () => {
    expect(() => perBlockToPerMonth(1, 0)).toThrow(/block time/);
  });

  it("gives dollars for ACT only", () => {
    expect(formatUsdForMicro(646_874, "uact")).toBe("$0.65");
    expect(formatUsdForMicro(500, "uact")).toBe("$0.0005");
    expect(formatUsdForMicro(646_874, "uakt")).toBeNull();
    expect(unitToMicro(0.5)).toBe(500_000);
  });
});
