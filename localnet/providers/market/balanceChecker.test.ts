import type { EncodeObject } from "@cosmjs/proto-signing";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { RestClient } from "../chain/rest.ts";
import type { ChainSigner } from "../chain/signer.ts";
import { createBalanceChecker, scaledToBlockTime } from "./balanceChecker.ts";

const KEY = "akash1owner/42/1/1";

/** A chain at `height` whose deployment 42 holds `funds` settled at `settledAt`, one lease at `rate`. */
function setup(chain: { height: number; funds: number; settledAt: number; rate: number }) {
  let clock = 0;
  const sent: EncodeObject[][] = [];
  const rest: RestClient = {
    async get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
      if (path.startsWith("/cosmos/base/tendermint"))
        return schema.parse({
          block: { header: { height: String(chain.height), time: new Date(0).toISOString() } },
        });
      return schema.parse({
        leases: [
          {
            lease: {
              id: { owner: "o", dseq: "42", gseq: 1, oseq: 1, provider: "p" },
              state: "active",
              price: { denom: "uact", amount: String(chain.rate) },
            },
          },
        ],
        pagination: { next_key: null },
      });
    },
    async getOrNull<T>(_path: string, schema: z.ZodType<T>): Promise<T | null> {
      return schema.parse({
        deployment: { id: { owner: "o", dseq: "42" }, state: "active", hash: "" },
        groups: [],
        escrow_account: {
          state: {
            state: "open",
            settled_at: String(chain.settledAt),
            funds: [{ denom: "uact", amount: String(chain.funds) }],
          },
        },
      });
    },
  };
  const signer: ChainSigner = {
    address: "p",
    send: async (msgs) => {
      sent.push(msgs);
      return {} as DeliverTxResponse;
    },
    disconnect: () => undefined,
  };
  const quiet = () => undefined;
  const log = { debug: quiet, info: quiet, warn: quiet, error: quiet, child: () => log };
  const track = createBalanceChecker({
    rest,
    signer,
    log,
    address: "p",
    blockTimeMs: 1000,
    withdrawalPeriodMs: 3_600_000,
    fundsCheckIntervalMs: 60_000,
    now: () => clock,
  });
  const live = new Map([[KEY, { bseq: 0 }]]);
  return {
    sent,
    run: async (at: number) => {
      clock = at;
      await track(live);
    },
  };
}

describe("balance checker", () => {
  it("checks again when the funds are projected to run out, and withdraws then", async () => {
    // 1,000 uact at 100 per block settled at height 10; at height 12 there are 8 blocks left.
    const chain = { height: 12, funds: 1000, settledAt: 10, rate: 100 };
    const { sent, run } = setup(chain);
    await run(0);
    expect(sent).toHaveLength(0);
    await run(7_999); // next check is due 8 blocks (8 s) later, not before
    expect(sent).toHaveLength(0);
    chain.height = 20; // 1,000 − 10 × 100 = 0 left
    await run(8_000);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.[0]?.typeUrl).toBe("/akash.market.v1beta5.MsgWithdrawLease");
  });

  it("withdraws once per withdrawal period while funds last, checking at most every interval", async () => {
    const chain = { height: 100, funds: 10_000_000, settledAt: 100, rate: 1 };
    const { sent, run } = setup(chain);
    for (let t = 0; t < 3_600_000; t += 60_000) await run(t);
    expect(sent).toHaveLength(0);
    await run(3_600_000);
    expect(sent).toHaveLength(1);
    await run(3_660_000);
    expect(sent).toHaveLength(1);
  });

  it("counts provider-services' periods in its blocks of 6.5 s", () => {
    // 24 h = 13,292 blocks of 6.5 s; at 1 s blocks that is 13,292 s
    expect(scaledToBlockTime(24 * 3_600_000, 1000)).toBe(13_292_308);
  });
});
