import { describe, expect, it } from "vitest";
import { ChainError } from "./errors.ts";
import { GasMeter } from "./gas.ts";

describe("GasMeter", () => {
  it("accumulates consumption", () => {
    const m = new GasMeter(10_000);
    m.consume(1000, "a");
    m.consume(2500, "b");
    expect(m.consumed).toBe(3500);
  });

  it("throws sdk code 11 once the limit is exceeded", () => {
    const m = new GasMeter(1500);
    m.consume(1000, "read");
    let caught: unknown;
    try {
      m.consume(1000, "write");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ChainError);
    expect((caught as ChainError).code).toBe(11);
    expect((caught as ChainError).codespace).toBe("sdk");
    expect((caught as ChainError).message).toContain("gasWanted: 1500");
  });

  it("allows consuming exactly up to the limit", () => {
    const m = new GasMeter(2000);
    m.consume(2000, "x");
    expect(m.consumed).toBe(2000);
  });
});
