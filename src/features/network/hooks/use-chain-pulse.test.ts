import { describe, expect, it } from "vitest";
import { pulseOf, stallAfterMs } from "./use-chain-pulse";

function setup(over: Partial<Parameters<typeof pulseOf>[0]> = {}) {
  const stallMs = stallAfterMs(1);
  return pulseOf({ height: 120, error: false, socketOpen: true, silentMs: 0, ...over }, stallMs);
}

describe("the chain's pulse", () => {
  it("waits three average block times before calling the chain stalled", () => {
    expect(stallAfterMs(6.098)).toBe(18_294);
    expect(setup({ silentMs: 2_999 })).toEqual({ kind: "live", height: 120 });
    expect(setup({ silentMs: 3_000 })).toEqual({ kind: "stalled", height: 120, silentSec: 3 });
    expect(setup({ silentMs: 25_400 })).toEqual({ kind: "stalled", height: 120, silentSec: 25 });
  });

  it("says polling when the live feed is down but blocks still come", () => {
    expect(setup({ socketOpen: false, silentMs: 1_000 })).toEqual({ kind: "polling", height: 120 });
  });

  it("calls unreachable endpoints unreachable, before and after a first block", () => {
    expect(setup({ error: true, silentMs: 60_000 })).toEqual({ kind: "unreachable", height: 120 });
    expect(setup({ error: true, height: undefined })).toEqual({ kind: "unreachable", height: null });
    expect(setup({ height: undefined })).toEqual({ kind: "waiting" });
  });
});
