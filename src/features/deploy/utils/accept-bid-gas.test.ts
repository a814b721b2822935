import { describe, expect, it } from "vitest";
import { acceptBidGasReserve, GAS_PER_CLOSED_BID } from "./accept-bid-gas";

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
