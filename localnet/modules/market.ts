// x/market (v1beta5) messages: providers bid on open orders with a deposit, tenants accept a bid
// (lease + escrow payment), either side closes, providers withdraw what the lease earned.

import {
  MsgCreateBid,
  MsgCloseBid,
  MsgCreateLease,
  MsgCloseLease,
  MsgWithdrawLease,
  Bid,
  Bid_State,
  Order_State,
  type Order,
} from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { Group_State } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import {
  EventBidCreated,
  EventLeaseCreated,
  Lease,
  Lease_State,
  LeaseClosedReason,
  Scope,
  type Types_Payment,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import Long from "long";
import { reclamationOf, reclamationWindowOf, withReclamationWindow } from "../codec/index.ts";
import { emitTyped, type ExecContext } from "../chain/context.ts";
import { formatDec, normDecCoin, parseDec } from "../chain/dec.ts";
import { MarketErr } from "../chain/errors.ts";
import { keys, type BidKey } from "../state/chain-state.ts";
import { parseCoin } from "./bank.ts";
import { pauseGroupForClosedBid, requireAddress } from "./deployment.ts";
import { accountCreate, authorizeDeposits, paymentCreate, paymentWithdraw } from "./escrow.ts";
import {
  bidXid,
  closeBid,
  createOrder,
  endLease,
  isLeaseLive,
  leaseAid,
  paymentXid,
} from "./market-orders.ts";
import {
  checkBidReclamation,
  checkProviderMayClose,
  leaseReclamationFromBid,
  requireProviderReason,
} from "./market-reclaim.ts";
import { providerMatchesOrder } from "./provider.ts";
import type { MsgHandler } from "./types.ts";

/** Order price = Σ resource price × count (per block, for the whole group). */
export function orderPrice(order: Order): { denom: string; amount: bigint } {
  let amount = 0n;
  let denom = "";
  for (const ru of order.spec?.resources ?? []) {
    denom = ru.price?.denom ?? denom;
    amount += parseDec(ru.price?.amount ?? "0") * BigInt(ru.count);
  }
  return { denom, amount };
}

function validateBidMsg(m: MsgCreateBid): NonNullable<MsgCreateBid["id"]> {
  const id = m.id;
  if (!id) throw MarketErr.invalidBid("missing id");
  requireAddress(id.owner);
  requireAddress(id.provider);
  if (id.owner === id.provider) throw MarketErr.sameAccount();
  if (!m.price || parseDec(m.price.amount) <= 0n) throw MarketErr.bidZeroPrice();
  return id;
}

export const msgCreateBid: MsgHandler<MsgCreateBid> = {
  typeUrl: "/akash.market.v1beta5.MsgCreateBid",
  codec: MsgCreateBid,
  signers: (m) => [m.id?.provider ?? ""],
  handle(ctx, m) {
    const id = validateBidMsg(m);
    const deposit = parseCoin(m.deposit?.amount, "deposit");
    const min = ctx.market.bidMinDeposits.find((c) => c.denom === deposit.denom);
    if (!min || deposit.amount < BigInt(min.amount))
      throw MarketErr.invalidDeposit(`bid deposit below minimum`);
    const order = ctx.state.orders.get(keys.order(id));
    if (!order) throw MarketErr.orderNotFound();
    if (order.state !== Order_State.open) throw MarketErr.orderNotOpen();
    const existing = ctx.state.bids.list(`${keys.order(id)}/`);
    if (existing.length >= ctx.market.orderMaxBids) throw MarketErr.invalidBid("too many existing bids");
    if (existing.some((b) => b.value.id?.provider === id.provider)) throw MarketErr.bidExists();
    const price = normDecCoin(m.price as NonNullable<typeof m.price>);
    const max = orderPrice(order);
    if (price.denom !== max.denom)
      throw MarketErr.invalidPrice(`bid denom ${price.denom} != order denom ${max.denom}`);
    if (parseDec(price.amount) > max.amount) {
      throw MarketErr.bidOverOrder(`bid price ${price.amount} above order price ${formatDec(max.amount)}`);
    }
    const provider = ctx.state.providers.get(id.provider);
    if (!provider) throw MarketErr.unknownProvider();
    if (!providerMatchesOrder(ctx, provider, order)) throw MarketErr.attributeMismatch();
    const depositors = authorizeDeposits(ctx, id.provider, deposit, m.deposit?.sources ?? [], Scope.bid);
    const window = reclamationWindowOf(m);
    checkBidReclamation(ctx, order, window);
    ctx.state.bids.set(
      keys.bid(id),
      withReclamationWindow(
        Bid.fromPartial({
          id,
          state: Bid_State.open,
          price,
          createdAt: Long.fromString(ctx.height.toString()),
          resourcesOffer: m.resourcesOffer,
        }),
        window,
      ),
    );
    emitTyped(ctx, EventBidCreated, EventBidCreated.fromPartial({ id, price }));
    accountCreate(ctx, Scope.bid, bidXid(id), id.provider, depositors);
  },
};

export const msgCreateLease: MsgHandler<MsgCreateLease> = {
  typeUrl: "/akash.market.v1beta5.MsgCreateLease",
  codec: MsgCreateLease,
  signers: (m) => [m.bidId?.owner ?? ""],
  handle(ctx, m) {
    const id = m.bidId;
    if (!id) throw MarketErr.bidNotFound();
    const bid = ctx.state.bids.get(keys.bid(id));
    if (!bid) throw MarketErr.bidNotFound();
    if (bid.state !== Bid_State.open) throw MarketErr.bidNotOpen();
    const order = ctx.state.orders.get(keys.order(id));
    if (!order) throw MarketErr.orderNotFound();
    if (order.state !== Order_State.open) throw MarketErr.orderNotOpen();
    const group = ctx.state.groups.get(keys.group(id));
    if (!group || group.state !== Group_State.open) throw MarketErr.groupNotOpen();
    const price = bid.price ?? { denom: "", amount: "0" };
    paymentCreate(ctx, Scope.deployment, leaseAid(id), paymentXid(id), id.provider, {
      denom: price.denom,
      amount: formatDec(parseDec(price.amount)),
    });
    const lease = Lease.fromPartial({
      id,
      state: Lease_State.active,
      price,
      createdAt: Long.fromString(ctx.height.toString()),
      closedOn: Long.ZERO,
    });
    leaseReclamationFromBid(lease, reclamationWindowOf(bid));
    ctx.state.leases.set(keys.bid(id), lease);
    emitTyped(ctx, EventLeaseCreated, EventLeaseCreated.fromPartial({ id, price }));
    order.state = Order_State.active;
    ctx.state.orders.set(keys.order(id), order);
    bid.state = Bid_State.active;
    ctx.state.bids.set(keys.bid(id), bid);
    for (const { value: other } of ctx.state.bids.list(`${keys.order(id)}/`)) {
      if (other.state === Bid_State.open) closeBid(ctx, other, Bid_State.lost);
    }
  },
};

/** A closed lease's group, if still open, gets a new order with the old order's reclamation. */
function reopenIfGroupOpen(ctx: ExecContext, id: BidKey, order: Order | undefined): void {
  const group = ctx.state.groups.get(keys.group(id));
  if (group?.state === Group_State.open && group.groupSpec)
    createOrder(ctx, id, group.groupSpec, order && reclamationOf(order));
}

export const msgCloseLease: MsgHandler<MsgCloseLease> = {
  typeUrl: "/akash.market.v1beta5.MsgCloseLease",
  codec: MsgCloseLease,
  signers: (m) => [m.id?.owner ?? ""],
  handle(ctx, m) {
    const id = m.id;
    const lease = id ? ctx.state.leases.get(keys.bid(id)) : undefined;
    if (!id || !lease) throw MarketErr.leaseNotFound();
    if (!isLeaseLive(lease)) throw MarketErr.leaseNotActive();
    const order = ctx.state.orders.get(keys.order(id));
    // The node records lease_closed_owner whatever reason the tenant sends.
    endLease(ctx, lease, Lease_State.closed, LeaseClosedReason.lease_closed_owner);
    reopenIfGroupOpen(ctx, id, order);
  },
};

export const msgCloseBid: MsgHandler<MsgCloseBid> = {
  typeUrl: "/akash.market.v1beta5.MsgCloseBid",
  codec: MsgCloseBid,
  signers: (m) => [m.id?.provider ?? ""],
  handle(ctx, m) {
    const id = m.id;
    requireProviderReason(m.reason);
    const bid = id ? ctx.state.bids.get(keys.bid(id)) : undefined;
    if (!id || !bid) throw MarketErr.unknownBid();
    const order = ctx.state.orders.get(keys.order(id));
    if (bid.state === Bid_State.open) {
      closeBid(ctx, bid);
      return;
    }
    if (!order) throw MarketErr.orderNotFound();
    const lease = ctx.state.leases.get(keys.bid(id));
    checkProviderMayClose(ctx, lease);
    if (bid.state !== Bid_State.active || !lease) throw MarketErr.bidNotActive();
    // The provider's reason is recorded; the group pauses instead of getting a new order.
    pauseGroupForClosedBid(ctx, id);
    endLease(ctx, lease, Lease_State.closed, m.reason);
  },
};

export const msgWithdrawLease: MsgHandler<MsgWithdrawLease> = {
  typeUrl: "/akash.market.v1beta5.MsgWithdrawLease",
  codec: MsgWithdrawLease,
  signers: (m) => [m.id?.provider ?? ""],
  handle(ctx, m) {
    const id = m.id;
    const lease = id ? ctx.state.leases.get(keys.bid(id)) : undefined;
    if (!id || !lease) throw MarketErr.unknownLease();
    paymentWithdraw(ctx, Scope.deployment, leaseAid(id), paymentXid(id));
  },
};

/** Escrow hook: a payment that closed or ran dry ends its lease if it is still active. */
export function onLeasePaymentClosed(ctx: ExecContext, p: Types_Payment): void {
  const aid = p.id?.aid;
  if (!aid || aid.scope !== Scope.deployment || !p.id) return;
  const [owner, dseq] = aid.xid.split("/");
  const [gseq, oseq, provider] = p.id.xid.split("/");
  if (!owner || !dseq || !gseq || !oseq || !provider) return;
  const prefix = `${keys.order({ owner, dseq: BigInt(dseq), gseq: Number(gseq), oseq: Number(oseq) })}/${provider}/`;
  for (const { value: lease } of ctx.state.leases.list(prefix)) {
    if (!isLeaseLive(lease)) continue;
    const overdrawn = p.state?.state === 3;
    endLease(
      ctx,
      lease,
      overdrawn ? Lease_State.insufficient_funds : Lease_State.closed,
      overdrawn
        ? LeaseClosedReason.lease_closed_reason_insufficient_funds
        : LeaseClosedReason.lease_closed_reason_unspecified,
    );
  }
}
