// The provider's own transactions, as cosmjs EncodeObjects over chain-sdk's private types.
import type { EncodeObject } from "@cosmjs/proto-signing";
import Long from "long";
import {
  MsgCloseBid,
  MsgCreateBid,
  MsgWithdrawLease,
  type ResourceOffer,
} from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { type LeaseClosedReason, Source } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import { durationFromSeconds, MsgLeaseStartReclaim, withReclamationWindow } from "../../codec/index.ts";
import { toDecAmount } from "./pricing.ts";

export interface OrderRef {
  owner: string;
  dseq: string;
  gseq: number;
  oseq: number;
}

/** 0.5 ACT: mainnet's bid_min_deposits for uact. */
export const BID_DEPOSIT = { denom: "uact", amount: "500000" };

/** A bid on `order` at `price` per block, offering `offer` (see offer.ts: what was allocated). */
export function createBidMsg(
  order: OrderRef,
  provider: string,
  offer: ResourceOffer[],
  price: number,
  denom: string,
  reclamationWindowSec: number | null = null,
): EncodeObject {
  const value = MsgCreateBid.fromPartial({
    id: {
      owner: order.owner,
      dseq: Long.fromString(order.dseq, true),
      gseq: order.gseq,
      oseq: order.oseq,
      provider,
      bseq: 0,
    },
    price: { denom, amount: toDecAmount(price) },
    deposit: { amount: BID_DEPOSIT, sources: [Source.balance] },
    resourcesOffer: offer,
  });
  const window = reclamationWindowSec === null ? undefined : durationFromSeconds(reclamationWindowSec);
  return { typeUrl: `/${MsgCreateBid.$type}`, value: withReclamationWindow(value, window) };
}

export function withdrawLeaseMsg(lease: LeaseRef): EncodeObject {
  const value = MsgWithdrawLease.fromPartial({ id: leaseId(lease) });
  return { typeUrl: `/${MsgWithdrawLease.$type}`, value };
}

export type LeaseRef = OrderRef & { provider: string; bseq: number };

const leaseId = (l: LeaseRef) => ({ ...l, dseq: Long.fromString(l.dseq, true) });

/** AEP-82: start reclaiming a lease; it keeps running (and paying) until its deadline. */
export function startReclaimMsg(lease: LeaseRef, reason: LeaseClosedReason): EncodeObject {
  const value = MsgLeaseStartReclaim.fromPartial({ id: leaseId(lease), reason });
  return { typeUrl: `/${MsgLeaseStartReclaim.$type}`, value };
}

/** The provider closing its leased bid (after a reclamation deadline), with its own reason. */
export function closeBidMsg(lease: LeaseRef, reason: LeaseClosedReason): EncodeObject {
  const value = MsgCloseBid.fromPartial({ id: leaseId(lease), reason });
  return { typeUrl: `/${MsgCloseBid.$type}`, value };
}

export const orderKey = (o: OrderRef): string => `${o.owner}/${o.dseq}/${o.gseq}/${o.oseq}`;
