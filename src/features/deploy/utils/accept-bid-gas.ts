// Accepting a bid (MsgCreateLease) closes every other open bid on the order, and each close costs
// gas (the bid's state, its escrow account, the refund of its deposit): 39,891 gas per bid on the
// local network, ~40k on mainnet. A simulation only sees the bids open at that moment, so a bid
// that lands between simulation and inclusion made the lease run out of gas (code 11). The fee
// therefore reserves gas for every bid the order can still receive: the node refuses a new bid
// once the order has more than the market's order_max_bids, so at most order_max_bids + 1 − (bids
// already on the order) can still arrive. Unused gas is not refunded on Cosmos chains, so this
// costs up to ~0.02 AKT per accept at mainnet's gas price; a lease that fails costs the whole fee
// and the tenant's time.

/** Gas one more open bid adds to MsgCreateLease (measured 39,891 on the local network, plus headroom). */
export const GAS_PER_CLOSED_BID = 45_000;
/** Mainnet's order_max_bids, used when the chain's parameters cannot be read. */
export const DEFAULT_ORDER_MAX_BIDS = 20;

export function acceptBidGasReserve(orderMaxBids: number, bidsOnOrder: number): number {
  const stillPossible = Math.max(0, orderMaxBids + 1 - Math.max(0, bidsOnOrder));
  return stillPossible * GAS_PER_CLOSED_BID;
}

export interface AcceptBidReads {
  /** the market's order_max_bids */
  orderMaxBids(): Promise<number>;
  /** every bid on the deployment (any state), as the chain lists them now */
  bids(): Promise<{ gseq: number; oseq: number }[]>;
}

/**
 * The reserve for accepting `bid`, from the chain as it is right after the simulation. A read that
 * fails reserves for the most bids the order could take: mainnet's limit, only the accepted bid counted.
 */
export async function reserveForAccept(bid: { gseq: number; oseq: number }, reads: AcceptBidReads) {
  const [maxBids, bids] = await Promise.all([
    reads.orderMaxBids().catch(() => DEFAULT_ORDER_MAX_BIDS),
    reads.bids().catch(() => null),
  ]);
  const onOrder = bids?.filter((b) => b.gseq === bid.gseq && b.oseq === bid.oseq).length ?? 1;
  return acceptBidGasReserve(maxBids, onOrder);
}
