// The oracle and BME routes over real HTTP (REST gateway JSON and ABCI protobuf through cosmjs),
// and a mint whose result is predicted from those routes alone: what a console shows before
// signing is what the chain mints at the epoch's end.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryAggregatedPriceResponse } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { QueryClient } from "@cosmjs/stargate";
import { connectComet } from "@cosmjs/tendermint-rpc";
import type { DeliverTxResponse, StdFee } from "@cosmjs/stargate";
import { connectSigner, type Signer } from "./test-support/clients.ts";
import { startTestNet, waitFor, type TestNet } from "./test-support/harness.ts";

let t: TestNet;
let tenant: Signer;
const fee: StdFee = { amount: [{ denom: "uakt", amount: "10000" }], gas: "400000" };
const ok = (r: DeliverTxResponse) => expect(r.code, r.rawLog).toBe(0);
const DEC = 10n ** 18n;

async function getJson(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${t.net.info.rest}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function burnMsg(type: "MsgMintACT" | "MsgBurnACT", denom: string, amount: string) {
  return {
    typeUrl: `/akash.bme.v1.${type}`,
    value: { owner: tenant.address, to: tenant.address, coinsToBurn: { denom, amount } },
  };
}

const balance = async (denom: string) =>
  BigInt((await tenant.client.getBalance(tenant.address, denom)).amount);

beforeAll(async () => {
  t = await startTestNet({ bme: { aktPriceUsd: "0.8731", mintSpreadBps: 25, epochBlocks: 10 } });
  tenant = await connectSigner(t.net.info.rpc, t.mnemonic("tenant"));
});

afterAll(async () => {
  tenant?.client.disconnect();
  await t?.close();
});

describe("oracle v2", () => {
  it("serves the aggregated AKT price in the gateway's JSON", async () => {
    const { status, body } = await getJson("/akash/oracle/v2/aggregated_price/akt");
    expect(status).toBe(200);
    const price = "0.873100000000000000";
    expect(body).toEqual({
      aggregated_price: {
        denom: "akt",
        twap: price,
        median_price: price,
        min_price: price,
        max_price: price,
        timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
        num_sources: 1,
        deviation_bps: "0",
      },
      price_health: {
        denom: "akt",
        is_healthy: true,
        has_min_sources: true,
        deviation_ok: true,
        total_sources: 1,
        total_healthy_sources: 1,
        failure_reason: [],
      },
    });
  });

  it("answers NotFound for micro-denoms, which the node does not key prices by", async () => {
    const { status, body } = await getJson("/akash/oracle/v2/aggregated_price/uakt");
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 5 });
  });

  it("serves the same price over ABCI protobuf", async () => {
    const comet = await connectComet(t.net.info.rpc);
    const q = QueryClient.withExtensions(comet);
    const data = await q.queryAbci(
      "/akash.oracle.v2.Query/AggregatedPrice",
      Uint8Array.from(Buffer.from([10, 3, ...Buffer.from("akt")])),
    );
    comet.disconnect();
    const res = QueryAggregatedPriceResponse.decode(data.value);
    expect(res.aggregatedPrice?.twap).toBe("0.8731");
    expect(res.priceHealth?.isHealthy).toBe(true);
  });
});

describe("bme v1", () => {
  it("serves params and status in the gateway's JSON", async () => {
    expect((await getJson("/akash/bme/v1/params")).body).toEqual({
      params: {
        circuit_breaker_warn_threshold: 9500,
        circuit_breaker_halt_threshold: 9000,
        min_epoch_blocks: "10",
        epoch_blocks_backoff_percent: 0,
        mint_spread_bps: 25,
        settle_spread_bps: 0,
        max_endblocker_records: 1000,
      },
    });
    expect((await getJson("/akash/bme/v1/status")).body).toMatchObject({
      status: "mint_status_healthy",
      mints_allowed: true,
      refunds_allowed: true,
    });
  });

  it("mints exactly what the routes predict: trunc(AKT × twap) − trunc(that × spread)", async () => {
    const price = (await getJson("/akash/oracle/v2/aggregated_price/akt")).body.aggregated_price as {
      twap: string;
    };
    const params = (await getJson("/akash/bme/v1/params")).body.params as { mint_spread_bps: number };
    const burn = 7_654_321n;
    const [whole = "0", frac = ""] = price.twap.split(".");
    const mintedDec = burn * (BigInt(whole) * DEC + BigInt(frac.padEnd(18, "0")));
    const spread = (mintedDec * BigInt(params.mint_spread_bps)) / 10_000n / DEC;
    const predicted = mintedDec / DEC - spread;
    expect(predicted).toBe(6_666_280n);

    const before = await balance("uact");
    ok(await tenant.client.signAndBroadcast(tenant.address, [burnMsg("MsgMintACT", "uakt", `${burn}`)], fee));
    await waitFor(async () => (await balance("uact")) !== before, 5_000);
    expect((await balance("uact")) - before).toBe(predicted);

    const ledger = await getJson(`/akash/bme/v1/ledger?filters.source=${tenant.address}&filters.denom=uakt`);
    expect(ledger.body.records).toEqual([
      expect.objectContaining({
        status: "ledger_record_status_executed",
        executed_record: expect.objectContaining({
          burned: { coin: { denom: "uakt", amount: `${burn}` }, price: price.twap },
        }),
      }),
    ]);
  });

  it("settles an ACT burn in the block that includes it, without waiting for the epoch", async () => {
    const r = await tenant.client.signAndBroadcast(
      tenant.address,
      [burnMsg("MsgBurnACT", "uact", "1000000")],
      fee,
    );
    ok(r);
    const ledger = await getJson(`/akash/bme/v1/ledger?filters.source=${tenant.address}&filters.denom=uact`);
    expect(ledger.body.records).toEqual([
      expect.objectContaining({
        id: expect.objectContaining({ height: String(r.height) }),
        status: "ledger_record_status_executed",
      }),
    ]);
  });
});
