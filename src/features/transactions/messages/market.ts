// Descriptors for the market module (akash.market.v1beta5): accepting a bid creates a lease;
// closing a lease stops paying that provider (the chain opens a new order for the group).
import type { BidId, LeaseId } from "@/lib/chain-json";
import type { Coin, TxMessage } from "../types";
import { formatCoin } from "../utils/format-coin";

export const CREATE_LEASE = "/akash.market.v1beta5.MsgCreateLease";
export const CLOSE_LEASE = "/akash.market.v1beta5.MsgCloseLease";

export function createLease(p: { bid: BidId; price: Coin; providerName: string }): TxMessage {
  return {
    typeUrl: CREATE_LEASE,
    value: { bidId: p.bid },
    summary: {
      title: `Accept ${p.providerName}'s bid`,
      details: [
        `Creates a lease for deployment ${p.bid.dseq} (group ${p.bid.gseq}) with ${p.providerName} at ${formatCoin(p.price)} per block, paid from the deployment's escrow.`,
        "Other bids on this order are released. Each release costs gas, so the fee also covers bids that may still arrive before the lease is included.",
      ],
      spends: [],
    },
  };
}

/** akash.market.v1.LeaseClosedReason.lease_closed_owner */
const CLOSED_BY_OWNER = 1;

export function closeLease(p: { lease: LeaseId; providerName: string }): TxMessage {
  return {
    typeUrl: CLOSE_LEASE,
    value: { id: p.lease, reason: CLOSED_BY_OWNER },
    summary: {
      title: `Close the lease with ${p.providerName}`,
      details: [
        `The provider stops group ${p.lease.gseq} of deployment ${p.lease.dseq}; the deployment stays open and its group can take new bids.`,
      ],
      spends: [],
    },
  };
}
