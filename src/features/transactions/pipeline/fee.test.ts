import { describe, expect, it } from "vitest";
import { feeFor } from "./fee";

describe("feeFor", () => {
  it("adds 30% to the simulated gas and prices it in uakt, rounding up", () => {
    expect(feeFor(200_000, 0.025)).toEqual({ gas: "260000", amount: [{ denom: "uakt", amount: "6500" }] });
    expect(feeFor(100_001, 0.025)).toEqual({ gas: "130002", amount: [{ denom: "uakt", amount: "3251" }] });
  });
});
