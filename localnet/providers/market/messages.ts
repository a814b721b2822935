// The provider's own transactions, as cosmjs EncodeObjects over chain-sdk's private types.
import type { EncodeObject } from "@cosmjs/proto-signing";
import Long from "long";
import { MsgCreateBid, MsgWithdrawLease } from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { Source } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import type { GroupSpec } from "./groupSpec.ts";
import { toProtoResources } from "./groupSpec.ts";
import { toDecAmount } from "./pricing.ts";

export interface OrderRef {
  owner: string;
  dseq: string;
  gseq: number;
  oseq: number;
}

/** 0.5 ACT: mainnet's bid_min_deposits for uact. */
export const BID_DEPOSIT = { denom: "uact", amount: "500000" };

export function createBidMsg(
  order: OrderRef,
  provider: string,
  spec: GroupSpec,
  price: number,
  denom: string,
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
    resourcesOffer: spec.resources.map((r) => ({ resources: toProtoResources(r), count: r.count })),
  });
  return { typeUrl: `/${MsgCreateBid.$type}`, value };
}

export function withdrawLeaseMsg(lease: OrderRef & { provider: string; bseq: number }): EncodeObject {
  const value = MsgWithdrawLease.fromPartial({
    id: { ...lease, dseq: Long.fromString(lease.dseq, true) },
  });
  return { typeUrl: `/${MsgWithdrawLease.$type}`, value };
}

export const orderKey = (o: OrderRef): string => `${o.owner}/${o.dseq}/${o.gseq}/${o.oseq}`;
