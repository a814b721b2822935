// Getting paid, as provider-services' balance checker does it (provider/balance_checker.go): each
// lease is checked when it starts, then again after min(blocks of funds left, the funds-check
// interval); it withdraws (MsgWithdrawLease) once per withdrawal period, and at once when the
// escrow is projected to be empty. The withdrawal makes the chain settle the account: that is
// when an overdrawn deployment closes, so the state a tenant sees lags as it does on mainnet.
// Funds left = funds − (height − settled_at) × Σ lease prices, as util.LeaseCalcBalanceRemain.
import type { RestClient } from "../chain/rest.ts";
import { queries } from "../chain/rest.ts";
import type { ChainSigner } from "../chain/signer.ts";
import type { Logger } from "../logger.ts";
import { withdrawLeaseMsg } from "./messages.ts";

/** provider-services defaults: --withdrawal-period 24h, --lease-funds-monitor-interval 10m. */
export const MAINNET_WITHDRAWAL_PERIOD_MS = 24 * 3600_000;
export const MAINNET_FUNDS_CHECK_INTERVAL_MS = 10 * 60_000;
/** The block time provider-services assumes (node util/network AverageBlockTime). */
export const MAINNET_AVERAGE_BLOCK_MS = 6_500;

export interface BalanceCheckerDeps {
  rest: RestClient;
  signer: ChainSigner;
  log: Logger;
  address: string;
  blockTimeMs: number;
  withdrawalPeriodMs: number;
  fundsCheckIntervalMs: number;
  now?: () => number;
}

interface Tracked {
  bseq: number;
  nextCheckAt: number;
  withdrawAt: number;
  busy: boolean;
}

function parseKey(key: string) {
  const [owner = "", dseq = "", gseq = "0", oseq = "0"] = key.split("/");
  return { owner, dseq, gseq: Number(gseq), oseq: Number(oseq) };
}

/** Whole blocks of funds left in the lease's deployment, as the real provider computes them. */
async function blocksRemain(rest: RestClient, owner: string, dseq: string): Promise<number> {
  const [block, info, leases] = await Promise.all([
    queries.latestBlock(rest),
    queries.deployment(rest, owner, dseq),
    queries.deploymentLeases(rest, owner, dseq),
  ]);
  const state = info?.escrow_account?.state;
  if (!state || state.state !== "open") return 0;
  const balance = Number((state.funds ?? []).find((f) => f.denom === "uact")?.amount ?? 0);
  const rate = leases.reduce((s, l) => s + Number(l.lease.price.amount), 0);
  if (rate <= 0) return Number.POSITIVE_INFINITY;
  const remain = balance - (block.height - Number(state.settled_at ?? block.height)) * rate;
  return Math.trunc(remain / rate);
}

export function createBalanceChecker(d: BalanceCheckerDeps) {
  const now = d.now ?? Date.now;
  const tracked = new Map<string, Tracked>();

  async function check(key: string, t: Tracked): Promise<void> {
    const ref = parseKey(key);
    let withdraw = false;
    let next = d.fundsCheckIntervalMs;
    try {
      const blocks = await blocksRemain(d.rest, ref.owner, ref.dseq);
      if (blocks <= 0) withdraw = true;
      else next = Math.min(blocks * d.blockTimeMs, d.fundsCheckIntervalMs);
    } catch (err) {
      d.log.info("couldn't check lease balance, retrying", { lease: key, error: String(err) });
      next = Math.min(60_000, d.fundsCheckIntervalMs);
    }
    if (now() >= t.withdrawAt) withdraw = true;
    if (withdraw) {
      t.withdrawAt = now() + d.withdrawalPeriodMs;
      try {
        await d.signer.send([withdrawLeaseMsg({ ...ref, provider: d.address, bseq: t.bseq })]);
        d.log.info("withdrew lease payment", { lease: key });
      } catch (err) {
        d.log.warn("failed to do lease withdrawal", { lease: key, error: String(err) });
      }
    }
    t.nextCheckAt = now() + Math.min(next, Math.max(0, t.withdrawAt - now()));
  }

  /** Called every provider round with the leases the chain shows running; checks what is due. */
  return async function track(live: Map<string, { bseq: number }>): Promise<void> {
    for (const key of tracked.keys()) if (!live.has(key)) tracked.delete(key);
    for (const [key, lease] of live) {
      if (tracked.has(key)) continue;
      tracked.set(key, {
        bseq: lease.bseq,
        nextCheckAt: now(),
        withdrawAt: now() + d.withdrawalPeriodMs,
        busy: false,
      });
    }
    const due = [...tracked].filter(([, t]) => !t.busy && now() >= t.nextCheckAt);
    await Promise.all(
      due.map(async ([key, t]) => {
        t.busy = true;
        try {
          await check(key, t);
        } finally {
          t.busy = false;
        }
      }),
    );
  };
}

/** The real provider's periods, in the same number of blocks at this network's block time. */
export function scaledToBlockTime(mainnetMs: number, blockTimeMs: number): number {
  return Math.round((mainnetMs * blockTimeMs) / MAINNET_AVERAGE_BLOCK_MS);
}
