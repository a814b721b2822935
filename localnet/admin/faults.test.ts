import { describe, expect, it } from "vitest";
import { applyPatch, FaultState, noFaults } from "./faults.ts";

describe("applyPatch", () => {
  it("merges partial updates", () => {
    const a = applyPatch(noFaults(), { rpc: { latencyMs: 200 } });
    const b = applyPatch(a, { rpc: { errorRate: 0.5 }, blocks: { paused: true } });
    expect(b.rpc).toEqual({ latencyMs: 200, errorRate: 0.5 });
    expect(b.blocks.paused).toBe(true);
    expect(b.rest).toEqual({ latencyMs: 0, errorRate: 0 });
  });

  it("rejects unknown keys and out-of-range values", () => {
    expect(() => applyPatch(noFaults(), { disk: {} })).toThrow(/unknown fault/);
    expect(() => applyPatch(noFaults(), { rest: { errorRate: 2 } })).toThrow();
    expect(() => applyPatch(noFaults(), { websocket: { drop: "yes" } })).toThrow();
  });
});

describe("FaultState.inject", () => {
  it("fails a request when the random draw is under the error rate", async () => {
    const s = new FaultState();
    s.set(applyPatch(noFaults(), { rest: { errorRate: 0.5 } }));
    expect(await s.inject("rest", () => 0.4)).toBe(true);
    expect(await s.inject("rest", () => 0.6)).toBe(false);
    expect(await s.inject("rpc", () => 0)).toBe(false);
  });
});
