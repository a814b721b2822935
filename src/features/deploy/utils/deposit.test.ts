import { describe, expect, it } from "vitest";
import { carriedDeposit, depositProblem, microToText } from "./deposit";

describe("depositProblem", () => {
  it("accepts 0.5 ACT and more, refuses less or nonsense with a sentence", () => {
    expect(depositProblem("0.5")).toBeNull();
    expect(depositProblem("12.25")).toBeNull();
    expect(depositProblem("0.49")).toMatch(/minimum deposit is 0.5 ACT/);
    expect(depositProblem("five")).toMatch(/Type an amount/);
  });
});

describe("microToText", () => {
  it("writes micro-units as the ACT amount a tenant would type, rounding up", () => {
    expect(microToText(57_600_000)).toBe("57.6");
    expect(microToText(500_000)).toBe("0.5");
    expect(microToText(345_600_000)).toBe("345.6");
    expect(microToText(1_000_000_000)).toBe("1000");
    expect(microToText(500_000.2)).toBe("0.500001");
  });
});

describe("carriedDeposit", () => {
  it("carries the escrow's running balance over, rounded down to whole uact", () => {
    // 3,249,987.5 uact left (a fractional per-block price) → 3.249987 ACT, never more than comes back
    expect(carriedDeposit({ denom: "uact", amount: 3_249_987.5 })).toBe("3.249987");
    expect(carriedDeposit({ denom: "uact", amount: 5_000_000 })).toBe("5");
  });
  it("asks for the network's minimum when the escrow holds less, or nothing in ACT", () => {
    expect(carriedDeposit({ denom: "uact", amount: 120_000 })).toBe("0.5");
    expect(carriedDeposit(null)).toBe("0.5");
    expect(carriedDeposit({ denom: "uakt", amount: 9_000_000 })).toBe("0.5");
  });
});
