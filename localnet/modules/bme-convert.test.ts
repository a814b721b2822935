import { describe, expect, it } from "vitest";
import { DEC_SCALE, parseDec } from "../chain/dec.ts";
import { DEFAULT_BME } from "../config.ts";
import { bmeSwap, chopRound, decQuo } from "./bme-convert.ts";

function setup(aktPriceUsd: string, mintSpreadBps = 25) {
  return { ...DEFAULT_BME, aktPriceUsd, mintSpreadBps };
}

describe("chopRound", () => {
  it("rounds half to even like LegacyDec", () => {
    expect(chopRound(DEC_SCALE / 2n)).toBe(0n);
    expect(chopRound(DEC_SCALE + DEC_SCALE / 2n)).toBe(2n);
    expect(chopRound(DEC_SCALE / 2n + 1n)).toBe(1n);
    expect(chopRound(DEC_SCALE / 2n - 1n)).toBe(0n);
  });
});

describe("bmeSwap", () => {
  it("mints 1 AKT at 1.25 USD into 1.246875 ACT (25 bps kept by the vault)", () => {
    const s = bmeSwap(1_000_000n, true, setup("1.25"));
    expect(s).toMatchObject({ minted: 1_250_000n, spread: 3_125n, received: 1_246_875n });
  });

  it("truncates the mint and the spread separately, as prepareToBM does", () => {
    // 333 uakt × 1.2345 = 411.0885 → minted 411; spread 411.0885 × 0.0025 = 1.0277 → 1
    const s = bmeSwap(333n, true, setup("1.2345"));
    expect(s).toMatchObject({ minted: 411n, spread: 1n, received: 410n });
  });

  it("rounds the spread half to even at 18 digits before truncating (same vectors as the console)", () => {
    const at = (raw: bigint) => ({
      ...DEFAULT_BME,
      aktPriceUsd: `${raw / DEC_SCALE}.${(raw % DEC_SCALE).toString().padStart(18, "0")}`,
    });
    expect(bmeSwap(1n, true, at(400n * DEC_SCALE - 200n)).spread).toBe(1n);
    expect(bmeSwap(1n, true, at(400n * DEC_SCALE - 600n)).spread).toBe(0n);
  });

  it("charges no spread below one micro-unit of spread", () => {
    expect(bmeSwap(100n, true, setup("1.25"))).toMatchObject({ minted: 125n, spread: 0n, received: 125n });
  });

  it("burns ACT at 1 / price with the settle spread (0), rounding the rate at 18 digits", () => {
    const s = bmeSwap(1_000_000n, false, setup("3"));
    expect(decQuo(DEC_SCALE, parseDec("3"))).toBe(333_333_333_333_333_333n);
    expect(s).toMatchObject({ minted: 333_333n, spread: 0n, received: 333_333n });
  });
});
