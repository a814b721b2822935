// Query services of market v1beta5: orders, bids (with their bid escrow account) and leases
// (with their escrow payment), filtered like the node's market keeper.

import {
  QueryOrdersRequest,
  QueryOrdersResponse,
  QueryOrderRequest,
  QueryOrderResponse,
  QueryBidsRequest,
  QueryBidsResponse,
  QueryBidRequest,
  QueryBidResponse,
  QueryLeasesRequest,
  QueryLeasesResponse,
  QueryLeaseRequest,
  QueryLeaseResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  Order_State,
  Bid_State,
  type Bid,
} from "@akashnetwork/chain-sdk/private-types/akash.v1beta5";
import { Lease_State, Scope, type Lease } from "@akashnetwork/chain-sdk/private-types/akash.v1";
import type Long from "long";
import type { Chain } from "../chain/app.ts";
import { LEASE_RECLAIMING } from "../codec/index.ts";
import { keys } from "../state/chain-state.ts";
import { bidXid, leaseAid, paymentXid } from "../modules/market-orders.ts";
import { paginate, type PageReq } from "./pagination.ts";
import { def, invalidArg, notFound } from "./types.ts";

interface IdFilter {
  owner: string;
  dseq: Long;
  gseq: number;
  oseq: number;
  provider?: string;
  bseq?: number;
  state: string;
}

function stateOf<T>(names: Record<string, T>, s: string): T | undefined {
  if (!s) return undefined;
  const v = names[s];
  if (v === undefined) throw invalidArg(`invalid state value ${s}`);
  return v;
}

interface IdLike {
  owner: string;
  dseq: Long;
  gseq: number;
  oseq: number;
  provider?: string;
  bseq?: number;
}

function matches(f: IdFilter | undefined, id: IdLike | undefined): boolean {
  if (!f || !id) return true;
  if (f.owner && f.owner !== id.owner) return false;
  if (!f.dseq.isZero() && !f.dseq.equals(id.dseq)) return false;
  if (f.gseq && f.gseq !== id.gseq) return false;
  if (f.oseq && f.oseq !== id.oseq) return false;
  if (f.provider && f.provider !== id.provider) return false;
  if (f.bseq && f.bseq !== id.bseq) return false;
  return true;
}

function ownerPrefix(f: IdFilter | undefined): string {
  if (!f?.owner) return "";
  return f.dseq.isZero() ? `${f.owner}/` : `${keys.deployment(f)}/`;
}

/** One page of orders, bids or leases, filtered like the market keeper: owner prefix, id, state. */
function filteredPage<T extends { id?: IdLike; state: S }, S>(
  store: { list(prefix: string): Array<{ key: string; value: T }> },
  filters: IdFilter | undefined,
  states: Record<string, S>,
  pageReq: PageReq | undefined,
) {
  const state = stateOf(states, filters?.state ?? "");
  const items = store
    .list(ownerPrefix(filters))
    .filter((e) => matches(filters, e.value.id) && (state === undefined || e.value.state === state));
  return paginate(items, pageReq);
}

const bidInfo = (chain: Chain, bid: Bid): QueryBidResponse => ({
  bid,
  escrowAccount: bid.id
    ? chain.state.escrowAccounts.get(keys.escrowAccount(Scope.bid, bidXid(bid.id)))
    : undefined,
});

const leaseInfo = (chain: Chain, lease: Lease): QueryLeaseResponse => ({
  lease,
  escrowPayment: lease.id
    ? chain.state.escrowPayments.get(
        keys.escrowPayment(Scope.deployment, leaseAid(lease.id), paymentXid(lease.id)),
      )
    : undefined,
});

const ORDER_STATES = { open: Order_State.open, active: Order_State.active, closed: Order_State.closed };
const BID_STATES = {
  open: Bid_State.open,
  active: Bid_State.active,
  lost: Bid_State.lost,
  closed: Bid_State.closed,
};
const LEASE_STATES = {
  active: Lease_State.active,
  insufficient_funds: Lease_State.insufficient_funds,
  closed: Lease_State.closed,
  reclaiming: LEASE_RECLAIMING,
};

export const marketQueries = [
  def({
    path: "/akash.market.v1beta5.Query/Orders",
    rest: ["/akash/market/v1beta5/orders/list"],
    req: QueryOrdersRequest,
    res: QueryOrdersResponse,
    run(chain, req) {
      const { page, pagination } = filteredPage(
        chain.state.orders,
        req.filters,
        ORDER_STATES,
        req.pagination,
      );
      return { orders: page, pagination };
    },
  }),
  def({
    path: "/akash.market.v1beta5.Query/Order",
    rest: ["/akash/market/v1beta5/orders/info"],
    req: QueryOrderRequest,
    res: QueryOrderResponse,
    run(chain, req) {
      const o = req.id ? chain.state.orders.get(keys.order(req.id)) : undefined;
      if (!o) throw notFound("order not found");
      return { order: o };
    },
  }),
  def({
    path: "/akash.market.v1beta5.Query/Bids",
    rest: ["/akash/market/v1beta5/bids/list"],
    req: QueryBidsRequest,
    res: QueryBidsResponse,
    run(chain, req) {
      const { page, pagination } = filteredPage(chain.state.bids, req.filters, BID_STATES, req.pagination);
      return { bids: page.map((b) => bidInfo(chain, b)), pagination };
    },
  }),
  def({
    path: "/akash.market.v1beta5.Query/Bid",
    rest: ["/akash/market/v1beta5/bids/info"],
    req: QueryBidRequest,
    res: QueryBidResponse,
    run(chain, req) {
      const b = req.id ? chain.state.bids.get(keys.bid(req.id)) : undefined;
      if (!b) throw notFound("bid not found");
      return bidInfo(chain, b);
    },
  }),
  def({
    path: "/akash.market.v1beta5.Query/Leases",
    rest: ["/akash/market/v1beta5/leases/list"],
    req: QueryLeasesRequest,
    res: QueryLeasesResponse,
    run(chain, req) {
      const { page, pagination } = filteredPage(
        chain.state.leases,
        req.filters,
        LEASE_STATES,
        req.pagination,
      );
      return { leases: page.map((l) => leaseInfo(chain, l)), pagination };
    },
  }),
  def({
    path: "/akash.market.v1beta5.Query/Lease",
    rest: ["/akash/market/v1beta5/leases/info"],
    req: QueryLeaseRequest,
    res: QueryLeaseResponse,
    run(chain, req) {
      const l = req.id ? chain.state.leases.get(keys.bid(req.id)) : undefined;
      if (!l) throw notFound("lease not found");
      return leaseInfo(chain, l);
    },
  }),
  def({
    path: "/akash.market.v1beta5.Query/Params",
    rest: ["/akash/market/v1beta5/params"],
    req: QueryParamsRequest,
    res: QueryParamsResponse,
    run: (chain) => ({ params: chain.opts.market }),
  }),
];
