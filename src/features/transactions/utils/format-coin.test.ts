import { describe, expect, it } from "vitest";
import { formatAmount, formatCoin, parseAmount } from "./format-coin";

describe("coin formatting", () => {
  it("shows micro-denominations as whole tokens, exactly", () => {
    expect(formatCoin({ denom: "uact", amount: "500000" })).toBe("0.5 ACT");
    expect(formatCoin({ denom: "uakt", amount: "1234567890" })).toBe("1,234.56789 AKT");
    expect(formatCoin({ denom: "ibc/ABC", amount: "7" })).toBe("7 ibc/ABC");
    expect(formatAmount("3")).toBe("0.000003");
  });

  it("parses what a tenant types, refusing what the chain cannot represent", () => {
    expect(parseAmount("0.5")).toBe("500000");
    expect(parseAmount(" 12 ")).toBe("12000000");
    expect(parseAmount("0.0000001")).toBeNull();
    expect(parseAmount("0")).toBeNull();
    expect(parseAmount("-1")).toBeNull();
    expect(parseAmount("abc")).toBeNull();
  });
});
