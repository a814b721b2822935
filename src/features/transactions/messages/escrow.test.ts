import { describe, expect, it } from "vitest";
import { mintAct } from "./escrow";

const OWNER = "akash1owner";

function setup(withRate: boolean) {
  return mintAct({
    owner: OWNER,
    burn: { denom: "uakt", amount: "403008" },
    expected: withRate ? { denom: "uact", amount: "502500" } : null,
    rate: withRate ? { aktUsd: "1.25", spreadBps: 25 } : null,
  });
}

describe("mintAct", () => {
  it("burns uakt into the owner's own account", () => {
    expect(setup(true).value).toEqual({
      owner: OWNER,
      to: OWNER,
      coinsToBurn: { denom: "uakt", amount: "403008" },
    });
  });

  it("says the predicted conversion in the review summary", () => {
    const { summary } = setup(true);
    expect(summary.details[0]).toBe(
      "Burns 0.403008 AKT at 1.25 ACT per AKT (the oracle's AKT/USD price), less the 0.25% mint spread: you receive 0.5025 ACT.",
    );
    expect(summary.details[1]).toMatch(/end of the current BME mint epoch/);
    expect(summary.spends).toEqual([{ denom: "uakt", amount: "403008" }]);
  });

  it("says plainly when the amount of ACT is not known in advance", () => {
    expect(setup(false).summary.details[0]).toMatch(/reported no price, so the amount of ACT is not known/);
  });
});
