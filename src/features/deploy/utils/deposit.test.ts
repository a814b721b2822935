import { describe, expect, it } from "vitest";
import { depositProblem, microToText } from "./deposit";

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
