import { describe, expect, it } from "vitest";
import { toAktPrice, toBmeParams, toBmeStatus } from "./bme-json";

function priceBody(overrides: { twap?: string; health?: unknown } = {}) {
  return {
    aggregated_price: {
      denom: "akt",
      twap: overrides.twap ?? "0.873100000000000000",
      median_price: "0.875000000000000000",
      min_price: "0.870000000000000000",
      max_price: "0.880000000000000000",
      timestamp: "2026-03-21T10:00:00.250Z",
      num_sources: 3,
      deviation_bps: "114",
    },
    price_health:
      "health" in overrides
        ? overrides.health
        : {
            denom: "akt",
            is_healthy: true,
            has_min_sources: true,
            deviation_ok: true,
            total_sources: 3,
            total_healthy_sources: 3,
            failure_reason: [],
          },
  };
}

describe("toAktPrice", () => {
  it("reads the TWAP the BME converts at, exactly, with its time and health", () => {
    expect(toAktPrice(priceBody())).toEqual({
      aktUsd: 8731n * 10n ** 14n,
      medianUsd: 875n * 10n ** 15n,
      at: new Date("2026-03-21T10:00:00.250Z"),
      sources: 3,
      healthy: true,
      problems: [],
    });
  });

  it("reports an unhealthy feed with the chain's reasons", () => {
    const health = { is_healthy: false, failure_reason: ["price deviation too high: 200bps > 150bps"] };
    expect(toAktPrice(priceBody({ health }))).toMatchObject({
      healthy: false,
      problems: ["price deviation too high: 200bps > 150bps"],
    });
  });

  it("treats a zero price as unhealthy and a missing health block as healthy", () => {
    expect(toAktPrice(priceBody({ twap: "0.000000000000000000" })).healthy).toBe(false);
    expect(toAktPrice(priceBody({ health: null })).healthy).toBe(true);
  });

  it("refuses a body that is not an aggregated price, naming what was expected", () => {
    expect(() => toAktPrice({ code: 5, message: "not found" })).toThrow(/the AKT price/);
    expect(() => toAktPrice(priceBody({ twap: "1e3" }))).toThrow(/aggregated_price.twap/);
  });
});

describe("toBmeParams", () => {
  it("reads the spread and epoch length of a node v2.0 chain (no min_mint)", () => {
    const body = {
      params: {
        circuit_breaker_warn_threshold: 9500,
        circuit_breaker_halt_threshold: 9000,
        min_epoch_blocks: "10",
        epoch_blocks_backoff_percent: 0,
        mint_spread_bps: 25,
        settle_spread_bps: 0,
        max_endblocker_records: 1000,
      },
    };
    expect(toBmeParams(body)).toEqual({ mintSpreadBps: 25, minEpochBlocks: 10, minMintUact: 0n });
  });

  it("reads the minimum mint in uact when the chain has one", () => {
    const body = {
      params: {
        min_epoch_blocks: "10",
        mint_spread_bps: 25,
        min_mint: [{ denom: "uact", amount: "10000000" }],
      },
    };
    expect(toBmeParams(body).minMintUact).toBe(10_000_000n);
  });
});

describe("toBmeStatus", () => {
  it("reads whether mints are allowed", () => {
    const body = {
      status: "mint_status_halt_cr",
      collateral_ratio: "0.850000000000000000",
      warn_threshold: "0.950000000000000000",
      halt_threshold: "0.900000000000000000",
      mints_allowed: false,
      refunds_allowed: true,
    };
    expect(toBmeStatus(body)).toEqual({ mintsAllowed: false, status: "mint_status_halt_cr" });
  });
});
