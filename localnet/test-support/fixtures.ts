// Message builders for tests: a one-group deployment priced in uact, a bid, a lease id. Values go
// through chain-sdk codecs (fromPartial), so ResourceValue and DecCoin encode as on mainnet.

import { MsgCreateDeployment } from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import { MsgCreateBid, MsgCreateLease } from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { Source } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import Long from "long";

const val = (n: string) => ({ val: new TextEncoder().encode(n) });

export function deploymentMsg(
  owner: string,
  dseq: number,
  opts: {
    priceDenom?: string;
    price?: string;
    deposit?: string;
    depositDenom?: string;
    hashByte?: number;
  } = {},
) {
  return {
    typeUrl: "/akash.deployment.v1beta4.MsgCreateDeployment",
    value: MsgCreateDeployment.fromPartial({
      id: { owner, dseq: Long.fromNumber(dseq) },
      groups: [
        {
          name: "westcoast",
          requirements: { signedBy: { allOf: [], anyOf: [] }, attributes: [] },
          resources: [
            {
              resource: {
                id: 1,
                cpu: { units: val("100"), attributes: [] },
                memory: { quantity: val("134217728"), attributes: [] },
                storage: [{ name: "default", quantity: val("536870912"), attributes: [] }],
                gpu: { units: val("0"), attributes: [] },
                endpoints: [{ kind: 0, sequenceNumber: 0 }],
              },
              count: 1,
              price: { denom: opts.priceDenom ?? "uact", amount: opts.price ?? "1000" },
            },
          ],
        },
      ],
      hash: new Uint8Array(32).fill(opts.hashByte ?? 7),
      deposit: {
        amount: { denom: opts.depositDenom ?? "uact", amount: opts.deposit ?? "5000000" },
        sources: [Source.balance],
      },
    }),
  };
}

export interface BidRef {
  owner: string;
  dseq: number;
  gseq: number;
  oseq: number;
  provider: string;
  bseq: number;
}

export const bidId = (r: BidRef) => ({ ...r, dseq: Long.fromNumber(r.dseq) });

export function bidMsg(r: BidRef, price: string) {
  return {
    typeUrl: "/akash.market.v1beta5.MsgCreateBid",
    value: MsgCreateBid.fromPartial({
      id: bidId(r),
      price: { denom: "uact", amount: price },
      deposit: { amount: { denom: "uact", amount: "500000" }, sources: [Source.balance] },
      resourcesOffer: [],
    }),
  };
}

export function leaseMsg(r: BidRef) {
  return {
    typeUrl: "/akash.market.v1beta5.MsgCreateLease",
    value: MsgCreateLease.fromPartial({ bidId: bidId(r) }),
  };
}
