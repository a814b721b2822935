// x/market state transitions shared by deployment and market handlers: opening orders, and
// closing orders, bids and leases when a group or a lease ends.

import { Order, Order_State, Bid_State, type Bid } from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import type { GroupSpec } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import {
  EventOrderCreated,
  EventOrderClosed,
  EventBidClosed,
  EventLeaseClosed,
  Lease_State,
  LeaseClosedReason,
  Scope,
  Types_State,
  type Lease,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import Long from "long";
import { LEASE_RECLAIMING, withReclamation, type DeploymentReclamation } from "../codec/index.ts";
import { emitTyped, type ExecContext } from "../chain/context.ts";
import { keys, type BidKey, type GroupKey } from "../state/chain-state.ts";
import { accountClose, paymentClose } from "./escrow.ts";

export const bidXid = (id: BidKey) =>
  `${id.owner}/${id.dseq.toString()}/${id.gseq}/${id.oseq}/${id.provider}/${id.bseq}`;
export const paymentXid = (id: BidKey) => `${id.gseq}/${id.oseq}/${id.provider}`;
export const leaseAid = (id: BidKey) => `${id.owner}/${id.dseq.toString()}`;

/** A lease that still runs (and is paid): active, or reclaiming until its provider closes it. */
export const isLeaseLive = (l: Lease): boolean =>
  l.state === Lease_State.active || l.state === LEASE_RECLAIMING;

export function createOrder(
  ctx: ExecContext,
  gid: GroupKey,
  spec: GroupSpec,
  reclamation: DeploymentReclamation | undefined,
): Order {
  const counterKey = `oseq/${keys.group(gid)}`;
  const oseq = Number(ctx.state.metaNumber(counterKey)) + 1;
  ctx.state.setMetaNumber(counterKey, BigInt(oseq));
  const id = { owner: gid.owner, dseq: Long.fromString(gid.dseq.toString()), gseq: gid.gseq, oseq };
  const order = withReclamation(
    Order.fromPartial({
      id,
      state: Order_State.open,
      spec,
      createdAt: Long.fromString(ctx.height.toString()),
    }),
    reclamation,
  );
  ctx.state.orders.set(keys.order(id), order);
  emitTyped(ctx, EventOrderCreated, EventOrderCreated.fromPartial({ id }));
  return order;
}

export function closeOrder(ctx: ExecContext, order: Order): void {
  if (order.state === Order_State.closed || !order.id) return;
  order.state = Order_State.closed;
  ctx.state.orders.set(keys.order(order.id), order);
  emitTyped(ctx, EventOrderClosed, EventOrderClosed.fromPartial({ id: order.id }));
}

/** Closes (or marks lost) a bid and returns the provider's bid deposit. */
export function closeBid(
  ctx: ExecContext,
  bid: Bid,
  state: Bid_State.closed | Bid_State.lost = Bid_State.closed,
): void {
  if (!bid.id || bid.state === Bid_State.closed || bid.state === Bid_State.lost) return;
  bid.state = state;
  ctx.state.bids.set(keys.bid(bid.id), bid);
  emitTyped(ctx, EventBidClosed, EventBidClosed.fromPartial({ id: bid.id }));
  const acc = ctx.state.escrowAccounts.get(keys.escrowAccount(Scope.bid, bidXid(bid.id)));
  if (acc?.state?.state === Types_State.open || acc?.state?.state === Types_State.overdrawn) {
    accountClose(ctx, Scope.bid, bidXid(bid.id));
  }
}

export function markLeaseClosed(
  ctx: ExecContext,
  lease: Lease,
  state: Lease_State,
  reason: LeaseClosedReason,
): void {
  if (!lease.id) return;
  lease.state = state;
  lease.reason = reason;
  lease.closedOn = Long.fromString(ctx.height.toString());
  ctx.state.leases.set(keys.bid(lease.id), lease);
  emitTyped(ctx, EventLeaseClosed, EventLeaseClosed.fromPartial({ id: lease.id, reason }));
}

/** Ends an active lease: lease, its bid and its order close; the payment closes if escrow is open. */
export function endLease(
  ctx: ExecContext,
  lease: Lease,
  state: Lease_State,
  reason: LeaseClosedReason,
): void {
  const id = lease.id;
  if (!id) return;
  markLeaseClosed(ctx, lease, state, reason);
  const acc = ctx.state.escrowAccounts.get(keys.escrowAccount(Scope.deployment, leaseAid(id)));
  const payment = ctx.state.escrowPayments.get(
    keys.escrowPayment(Scope.deployment, leaseAid(id), paymentXid(id)),
  );
  const payOpen =
    payment?.state?.state === Types_State.open || payment?.state?.state === Types_State.overdrawn;
  if (acc?.state?.state === Types_State.open && payOpen)
    paymentClose(ctx, Scope.deployment, leaseAid(id), paymentXid(id));
  const bid = ctx.state.bids.get(keys.bid(id));
  if (bid) closeBid(ctx, bid);
  const order = ctx.state.orders.get(keys.order(id));
  if (order) closeOrder(ctx, order);
}

/** Market side of a closed/paused group (node market keeper OnGroupClosed). */
export function onGroupClosed(ctx: ExecContext, gid: GroupKey, overdrawn = false): void {
  const prefix = `${keys.group(gid)}/`;
  for (const { value: lease } of ctx.state.leases.list(prefix)) {
    if (!isLeaseLive(lease)) continue;
    if (overdrawn)
      endLease(
        ctx,
        lease,
        Lease_State.insufficient_funds,
        LeaseClosedReason.lease_closed_reason_insufficient_funds,
      );
    else endLease(ctx, lease, Lease_State.closed, LeaseClosedReason.lease_closed_owner);
  }
  for (const { value: bid } of ctx.state.bids.list(prefix)) closeBid(ctx, bid);
  for (const { value: order } of ctx.state.orders.list(prefix)) closeOrder(ctx, order);
}
