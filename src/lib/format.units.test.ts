// Tests of the parts of format.ts the deployments and providers pages added: chain decimals,
// durations, resource sizes, and the per-block price conversions they rely on.
import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatCpu,
  formatDuration,
  formatMicro,
  formatUsdForMicro,
  parseDecimal,
  perBlockToPerHour,
  perBlockToPerMonth,
} from "./format";

describe("parseDecimal", () => {
  it("reads integer micro-units and 18-decimal LegacyDec strings", () => {
    expect(parseDecimal("1500000")).toBe(1_500_000);
    expect(parseDecimal("1000.000000000000000000")).toBe(1000);
    expect(parseDecimal("0.431249000000000000")).toBeCloseTo(0.431249, 12);
  });

  it("refuses what is not a decimal instead of returning NaN", () => {
    expect(() => parseDecimal("1e5")).toThrow('"1e5" is not a decimal amount.');
    expect(() => parseDecimal("")).toThrow();
  });
});

describe("per-block prices", () => {
  it("turns 1.5 uact per block at 6.098 s into per hour and per month (30.437 days)", () => {
    // 3600 / 6.098 = 590.357 blocks an hour; 2,629,756.8 / 6.098 = 431,249.07 blocks a month
    expect(perBlockToPerHour(1.5, 6.098)).toBeCloseTo(885.536, 3);
    expect(perBlockToPerMonth(1.5, 6.098)).toBeCloseTo(646_873.6, 1);
    expect(formatMicro(perBlockToPerMonth(1.5, 6.098), "uact")).toBe("0.6469 ACT");
    expect(formatUsdForMicro(perBlockToPerMonth(1.5, 6.098), "uact")).toBe("$0.65");
  });

  it("follows the network's block time (1 s on the local network)", () => {
    expect(perBlockToPerHour(2, 1)).toBe(7200);
    expect(perBlockToPerMonth(1, 1)).toBeCloseTo(2_629_756.8, 6);
  });
});

describe("durations and resources", () => {
  it("shows at most two units", () => {
    expect(formatDuration(2_399_400)).toBe("27 d 18 h");
    expect(formatDuration(3 * 86_400)).toBe("3 d");
    expect(formatDuration(5 * 3600 + 12 * 60 + 9)).toBe("5 h 12 min");
    expect(formatDuration(59.9)).toBe("59 s");
    // How long a bid has been open, as the bids table shows it.
    expect(formatDuration(42)).toBe("42 s");
    expect(formatDuration(150)).toBe("2 min");
    expect(formatDuration(3725)).toBe("1 h 2 min");
    expect(formatDuration(400 * 86_400)).toBe("1 y 1 mo");
    expect(formatDuration(Infinity)).toBe("forever");
  });

  it("writes bytes in binary units and CPU in units", () => {
    expect(formatBytes(512 * 1024 ** 2)).toBe("512 MiB");
    expect(formatBytes(1.5 * 1024 ** 3)).toBe("1.5 GiB");
    expect(formatCpu(500)).toBe("0.5 CPU");
    expect(formatCpu(2000)).toBe("2 CPU");
  });
});
