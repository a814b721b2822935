// Closing a deployment closes its open orders and every bid on them (the bid, its escrow account,
// the refund of its deposit), and each closed bid costs gas. A deployment closed soon after it was
// created still has open orders that providers are bidding on: a bid that lands between the
// simulation and inclusion made the close run out of gas (code 11), as accepting a bid did
// (accept-bid-gas.ts). The fee therefore reserves gas for every bid an open order can still
// receive. Orders already matched (a lease) or closed take no new bid and reserve nothing.
import { acceptBidGasReserve, DEFAULT_ORDER_MAX_BIDS } from "./accept-bid-gas";

interface OrderOf {
  gseq: number;
  oseq: number;
}

export interface CloseDeploymentReads {
  /** the market's order_max_bids */
  orderMaxBids(): Promise<number>;
  /** the deployment's orders and their states, as the chain lists them now */
  orders(dseq: string): Promise<(OrderOf & { state: string })[]>;
  /** every bid on the deployment (any state), as the chain lists them now */
  bids(dseq: string): Promise<OrderOf[]>;
}

async function reserveForOne(dseq: string, maxBids: number, reads: CloseDeploymentReads): Promise<number> {
  const [orders, bids] = await Promise.all([
    reads.orders(dseq).catch(() => null),
    reads.bids(dseq).catch(() => null),
  ]);
  // Unreadable: reserve for one open order with no bid yet, the common case of a fresh deployment.
  if (!orders) return acceptBidGasReserve(maxBids, 0);
  return orders
    .filter((o) => o.state === "open")
    .reduce((sum, o) => {
      const onOrder = bids?.filter((b) => b.gseq === o.gseq && b.oseq === o.oseq).length ?? 0;
      return sum + acceptBidGasReserve(maxBids, onOrder);
    }, 0);
}

/** The reserve for closing `dseqs` in one transaction, from the chain right after the simulation. */
export async function reserveForClose(
  dseqs: readonly string[],
  reads: CloseDeploymentReads,
): Promise<number> {
  const maxBids = await reads.orderMaxBids().catch(() => DEFAULT_ORDER_MAX_BIDS);
  const each = await Promise.all(dseqs.map((dseq) => reserveForOne(dseq, maxBids, reads)));
  return each.reduce((a, b) => a + b, 0);
}
