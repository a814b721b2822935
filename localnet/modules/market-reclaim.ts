// Resource reclamation (AEP-82, node v2.1 x/market): an order carries the SDL's minimum window,
// a provider's bid offers a window within the market params, the lease keeps it, and the provider
// may start reclaiming (MsgLeaseStartReclaim). The lease then reads `reclaiming`, still runs and
// is still paid; once the deadline (block time + window) has passed the provider closes it with
// MsgCloseBid and its own reason. A lease with a window cannot be closed by its provider before.

import type { Order } from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { Lease_State, type Lease } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import {
  durationNanos,
  EventLeaseReclaimStarted,
  LEASE_RECLAIMING,
  leaseReclamation,
  MsgLeaseStartReclaim,
  reclamationOf,
  setLeaseReclamation,
  type Duration,
} from "../codec/index.ts";
import { emitTyped, type ExecContext } from "../chain/context.ts";
import { MarketErr } from "../chain/errors.ts";
import { keys } from "../state/chain-state.ts";
import { requireAddress } from "./deployment.ts";
import type { MsgHandler } from "./types.ts";

/** Provider-side close reasons are 10000..19999 (LeaseClosedReasonRangeProvider). */
export function requireProviderReason(reason: number): void {
  if (reason < 10_000 || reason > 19_999)
    throw MarketErr.invalidLeaseClosedReason(`value "${reason}" range 10000..19999`);
}

/** MsgCreateBid's window against the order's requirement and the governance bounds. */
export function checkBidReclamation(ctx: ExecContext, order: Order, window: Duration | undefined): void {
  if (window && durationNanos(window) < 0n) throw MarketErr.reclamationWindowInvalid();
  const required = reclamationOf(order);
  if (required) {
    if (!window) throw MarketErr.reclamationRequired();
    if (durationNanos(window) < durationNanos(required.minWindow))
      throw MarketErr.reclamationWindowTooShort();
  }
  if (window) {
    const w = durationNanos(window);
    if (w < durationNanos(ctx.market.minReclamationWindow)) throw MarketErr.reclamationWindowInvalid();
    if (w > durationNanos(ctx.market.maxReclamationWindow)) throw MarketErr.reclamationWindowInvalid();
  }
}

/** The lease takes the winning bid's window; started_at and deadline stay 0 until reclaiming. */
export function leaseReclamationFromBid(lease: Lease, window: Duration | undefined): void {
  if (window) setLeaseReclamation(lease, { window, startedAt: 0n, deadline: 0n, reason: 0 });
}

/** x/market CloseBid on a leased bid: the reclamation-aware lease state check. */
export function checkProviderMayClose(ctx: ExecContext, lease: Lease | undefined): void {
  if (!lease) throw MarketErr.unknownLeaseForBid();
  const rec = leaseReclamation(lease);
  if (lease.state === Lease_State.active) {
    if (rec) throw MarketErr.reclamationNotStarted();
    return;
  }
  if (lease.state === LEASE_RECLAIMING) {
    if (BigInt(Math.floor(ctx.time.getTime() / 1000)) < (rec?.deadline ?? 0n))
      throw MarketErr.reclamationWindowNotElapsed();
    return;
  }
  throw MarketErr.leaseNotActive();
}

export const msgLeaseStartReclaim: MsgHandler<MsgLeaseStartReclaim> = {
  typeUrl: `/${MsgLeaseStartReclaim.$type}`,
  codec: MsgLeaseStartReclaim,
  signers: (m) => [m.id?.provider ?? ""],
  handle(ctx, m) {
    const id = m.id;
    if (!id) throw MarketErr.unknownLease();
    requireAddress(id.owner);
    requireAddress(id.provider);
    requireProviderReason(m.reason);
    const lease = ctx.state.leases.get(keys.bid(id));
    if (!lease) throw MarketErr.unknownLease();
    if (lease.state !== Lease_State.active) throw MarketErr.leaseNotActive();
    const rec = leaseReclamation(lease);
    if (!rec) throw MarketErr.leaseNotReclamable();
    if (rec.startedAt !== 0n) throw MarketErr.leaseAlreadyReclaiming();
    // deadline = block time + window, in unix seconds (time.Time.Add(window).Unix())
    const nowNanos = BigInt(ctx.time.getTime()) * 1_000_000n;
    const deadline = (nowNanos + durationNanos(rec.window)) / 1_000_000_000n;
    setLeaseReclamation(lease, { ...rec, startedAt: ctx.height, deadline, reason: m.reason });
    lease.state = LEASE_RECLAIMING;
    ctx.state.leases.set(keys.bid(id), lease);
    emitTyped(ctx, EventLeaseReclaimStarted, { id, reason: m.reason, deadline });
  },
};
