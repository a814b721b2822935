import { describe, expect, it } from "vitest";
import { actForAkt, aktForAct, DEC, defaultBurn, formatPrice, parseDec } from "./mint-conversion";

function setup(price = "1.25", spreadBps = 25) {
  const aktUsd = parseDec(price);
  if (aktUsd === null) throw new Error(`bad price ${price}`);
  return { aktUsd, spreadBps };
}

describe("parseDec / formatPrice", () => {
  it("reads the gateway's 18-digit LegacyDec and short decimals alike", () => {
    expect(parseDec("1.250000000000000000")).toBe(125n * 10n ** 16n);
    expect(parseDec("0.8731")).toBe(8731n * 10n ** 14n);
    expect(parseDec("3")).toBe(3n * DEC);
    expect(parseDec("-1")).toBeNull();
    expect(parseDec("1.2345678901234567891")).toBeNull();
  });

  it("shows at most 6 decimals, rounded, without trailing zeros", () => {
    expect(formatPrice(parseDec("1.250000000000000000")!)).toBe("1.25");
    expect(formatPrice(parseDec("0.8731569")!)).toBe("0.873157");
    expect(formatPrice(parseDec("2")!)).toBe("2");
  });
});

describe("actForAkt", () => {
  it("converts 1 AKT at 1.25 USD to 1.246875 ACT after the 25 bps spread", () => {
    const { aktUsd, spreadBps } = setup();
    expect(actForAkt(1_000_000n, aktUsd, spreadBps)).toEqual({
      burnUakt: 1_000_000n,
      mintedUact: 1_250_000n,
      spreadUact: 3_125n,
      receiveUact: 1_246_875n,
    });
  });

  it("truncates the mint and the spread separately, as the keeper does", () => {
    // 7 654 321 uakt × 0.8731 = 6 682 987.6651 → 6 682 987; spread 16 707.469… → 16 707
    const { aktUsd, spreadBps } = setup("0.8731");
    expect(actForAkt(7_654_321n, aktUsd, spreadBps)).toMatchObject({
      mintedUact: 6_682_987n,
      spreadUact: 16_707n,
      receiveUact: 6_666_280n,
    });
  });

  it("takes no spread when it is below one micro-unit, and none at 0 bps", () => {
    const { aktUsd } = setup();
    expect(actForAkt(100n, aktUsd, 25).receiveUact).toBe(125n);
    expect(actForAkt(1_000_000n, aktUsd, 0).receiveUact).toBe(1_250_000n);
  });

  it("rounds the spread half to even at 18 digits before truncating, like LegacyDec.Quo", () => {
    // spread_dec = 0.999999999999999999|5 → 1 (…9 is odd: round up), then truncates to 1 uact
    expect(actForAkt(1n, 400n * DEC - 200n, 25).spreadUact).toBe(1n);
    // spread_dec = 0.999999999999999998|5 → …98 (even: stays), truncates to 0
    expect(actForAkt(1n, 400n * DEC - 600n, 25).spreadUact).toBe(0n);
  });
});

describe("aktForAct", () => {
  it("finds the least burn that brings at least the target", () => {
    const { aktUsd, spreadBps } = setup("0.8731");
    for (const target of [1n, 499_999n, 500_000n, 6_666_280n, 123_456_789n]) {
      const burn = aktForAct(target, aktUsd, spreadBps);
      expect(actForAkt(burn, aktUsd, spreadBps).receiveUact).toBeGreaterThanOrEqual(target);
      expect(actForAkt(burn - 1n, aktUsd, spreadBps).receiveUact).toBeLessThan(target);
    }
  });

  it("is zero for nothing to mint", () => {
    expect(aktForAct(0n, DEC, 25)).toBe(0n);
  });
});

describe("defaultBurn", () => {
  const base = {
    ...setup(),
    shortUact: 500_000n,
    minMintUact: 0n,
    balanceUakt: 100_000_000n,
    feeReserveUakt: 50_000n,
  };

  it("covers the missing ACT plus a 0.5 % price margin", () => {
    const burn = defaultBurn(base);
    expect(actForAkt(burn, base.aktUsd, base.spreadBps).receiveUact).toBeGreaterThanOrEqual(502_500n);
    expect(burn).toBe(403_008n);
  });

  it("mints at least the chain's minimum", () => {
    const burn = defaultBurn({ ...base, minMintUact: 10_000_000n });
    expect(actForAkt(burn, base.aktUsd, base.spreadBps).receiveUact).toBeGreaterThanOrEqual(10_000_000n);
  });

  it("leaves the fee reserve in the wallet when AKT is short", () => {
    expect(defaultBurn({ ...base, balanceUakt: 300_000n })).toBe(250_000n);
  });
});
