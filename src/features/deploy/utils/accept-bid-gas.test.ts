import { describe, expect, it } from "vitest";
import { acceptBidGasReserve, GAS_PER_CLOSED_BID, reserveForAccept } from "./accept-bid-gas";

describe("acceptBidGasReserve", () => {
  it("reserves gas for every bid the order can still receive", () => {
    // The node refuses a bid only once an order holds more than order_max_bids.
    expect(acceptBidGasReserve(20, 1)).toBe(20 * GAS_PER_CLOSED_BID);
    expect(acceptBidGasReserve(20, 15)).toBe(6 * GAS_PER_CLOSED_BID);
  });

  it("reserves nothing once the order is full", () => {
    expect(acceptBidGasReserve(20, 21)).toBe(0);
    expect(acceptBidGasReserve(20, 30)).toBe(0);
  });
});

describe("reserveForAccept", () => {
  const bid = { gseq: 1, oseq: 1 };
  it("counts the bids on the accepted bid's order only", async () => {
    const bids = [bid, bid, { gseq: 2, oseq: 1 }, { gseq: 1, oseq: 2 }];
    expect(await reserveForAccept(bid, { orderMaxBids: async () => 3, bids: async () => bids })).toBe(
      2 * GAS_PER_CLOSED_BID,
    );
  });

  it("reserves for mainnet's limit when the chain cannot be read", async () => {
    const down = () => Promise.reject(new Error("503"));
    expect(await reserveForAccept(bid, { orderMaxBids: down, bids: down })).toBe(20 * GAS_PER_CLOSED_BID);
  });
});
