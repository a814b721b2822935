import { describe, expect, it } from "vitest";
import { perBlockToPerHour, perBlockToPerMonth, SECONDS_PER_MONTH } from "@/lib/format";
import { actToUact, hourlyTotalUact, perHourToPerBlock, priceSdl } from "./hourly-price";

const SDL = `version: "2.0"
profiles:
  placement:
    akash: # the only placement
      pricing:
        web:
          denom: uact
          amount: 1000 # per block
        db: { denom: uact, amount: "7" }
`;

describe("ACT per hour → uact per block", () => {
  it("reads ACT exactly, to the micro-ACT", () => {
    expect(actToUact("3")).toBe(3_000_000n);
    expect(actToUact("0.015")).toBe(15_000n);
    expect(actToUact(" 2.000001 ")).toBe(2_000_001n);
    for (const bad of ["", "-1", "1e3", "0.0000001", "1,5", "Infinity", ".5", "abc"])
      expect(actToUact(bad)).toBeNull();
  });

  it("writes the per-block amount for the block time, rounded half up to 6 decimals", () => {
    expect(perHourToPerBlock(3_600_000n, 1)).toBe("1000");
    expect(perHourToPerBlock(3_000_000n, 1)).toBe("833.333333");
    expect(perHourToPerBlock(2_000_000n, 1)).toBe("555.555556");
    expect(perHourToPerBlock(3_000_000n, 6.098)).toBe("5081.666667");
    expect(perHourToPerBlock(1n, 1)).toBe("0.000278");
    // A price the rounding would zero is the smallest amount the chain takes instead.
    expect(perHourToPerBlock(1n, 0.001)).toBe("0.000001");
    expect(() => perHourToPerBlock(1n, 0)).toThrow(RangeError);
    expect(() => perHourToPerBlock(1n, Number.NaN)).toThrow(RangeError);
  });

  it("keeps the hourly price within a micro-ACT and the monthly within a cent, from 0.1 s to 30 s blocks", () => {
    for (const act of ["0.001", "0.015", "0.6", "3", "49.999999", "1234.5"])
      for (const blockTimeSec of [0.1, 0.5, 1, 1.0137, 2.5, 6.098, 6.4321, 30]) {
        const uact = actToUact(act)!;
        const perBlock = Number(perHourToPerBlock(uact, blockTimeSec));
        expect(Math.abs(perBlockToPerHour(perBlock, blockTimeSec) - Number(uact))).toBeLessThan(1);
        const month = (Number(uact) * SECONDS_PER_MONTH) / 3600;
        expect(Math.abs(perBlockToPerMonth(perBlock, blockTimeSec) - month)).toBeLessThan(10_000);
      }
  });

  it("a 6 s template no longer reads 6× its price on 1 s blocks", () => {
    const onMainnet = Number(perHourToPerBlock(actToUact("3")!, 6.098));
    // Yesterday's behaviour: the mainnet amount kept on localnet's 1 s blocks.
    expect(perBlockToPerMonth(onMainnet, 1) / 1e6).toBeGreaterThan(13_000);
    const onLocal = Number(perHourToPerBlock(actToUact("3")!, 1));
    expect(Math.round(perBlockToPerMonth(onLocal, 1) / 1e4) / 100).toBe(2191.46);
  });
});

describe("priceSdl", () => {
  it("replaces only each amount, keeping comments, quotes and every other character", () => {
    const out = priceSdl(SDL, { web: "0.36", db: "0.018" }, 2);
    expect(out).toEqual({
      ok: true,
      sdl: SDL.replace("amount: 1000 #", "amount: 200 #").replace('amount: "7"', "amount: 10"),
    });
  });

  it("refuses a profile without an hourly price, and a price for no profile", () => {
    expect(priceSdl(SDL, { web: "1" }, 1)).toEqual({
      ok: false,
      error: 'Compute profile "db" has no hourly price.',
    });
    expect(priceSdl(SDL, { web: "1", db: "1", cache: "1" }, 1)).toEqual({
      ok: false,
      error: 'No compute profile "cache" is priced in the SDL.',
    });
    expect(priceSdl(SDL, { web: "1", db: "-1" }, 1).ok).toBe(false);
    expect(priceSdl("a: [", { web: "1" }, 1)).toEqual({ ok: false, error: "The SDL is not valid YAML." });
    expect(priceSdl("services: {}", { web: "1" }, 1).ok).toBe(false);
  });

  it("does not trust a profile named like an Object property", () => {
    const sdl = SDL.replace("web:", "constructor:");
    expect(priceSdl(sdl, { db: "1" }, 1)).toEqual({
      ok: false,
      error: 'Compute profile "constructor" has no hourly price.',
    });
  });

  it("totals an hourly price over the replicas of each profile", () => {
    const replicas: Record<string, number> = { web: 3, db: 1 };
    expect(hourlyTotalUact({ web: "0.5", db: "0.25" }, (p) => replicas[p] ?? 0)).toBe(1_750_000n);
  });
});
