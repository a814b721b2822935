import { describe, expect, it } from "vitest";
import { depositProblem } from "./deposit";

describe("depositProblem", () => {
  it("accepts 0.5 ACT and more, refuses less or nonsense with a sentence", () => {
    expect(depositProblem("0.5")).toBeNull();
    expect(depositProblem("12.25")).toBeNull();
    expect(depositProblem("0.49")).toMatch(/minimum deposit is 0.5 ACT/);
    expect(depositProblem("five")).toMatch(/Type an amount/);
  });
});
