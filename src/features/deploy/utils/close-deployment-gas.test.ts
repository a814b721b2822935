import { describe, expect, it } from "vitest";
import { GAS_PER_CLOSED_BID } from "./accept-bid-gas";
import { reserveForClose, type CloseDeploymentReads } from "./close-deployment-gas";

const order = (gseq: number, state: string) => ({ gseq, oseq: 1, state });

function reads(over: Partial<CloseDeploymentReads>): CloseDeploymentReads {
  return {
    orderMaxBids: async () => 3,
    orders: async () => [],
    bids: async () => [],
    ...over,
  };
}

describe("reserveForClose", () => {
  it("reserves for the bids each open order can still receive", async () => {
    // order 1 is open with one bid (3 more may come), order 2 open with none (4 may come)
    const r = reads({
      orders: async () => [order(1, "open"), order(2, "open")],
      bids: async () => [{ gseq: 1, oseq: 1 }],
    });
    expect(await reserveForClose(["7"], r)).toBe(7 * GAS_PER_CLOSED_BID);
  });

  it("reserves nothing for orders that are matched or closed: they take no new bid", async () => {
    const r = reads({ orders: async () => [order(1, "active"), order(2, "closed")] });
    expect(await reserveForClose(["7"], r)).toBe(0);
  });

  it("adds up the deployments closed in one transaction", async () => {
    const r = reads({ orders: async (dseq) => (dseq === "7" ? [order(1, "open")] : [order(1, "active")]) });
    expect(await reserveForClose(["7", "8"], r)).toBe(4 * GAS_PER_CLOSED_BID);
  });

  it("reserves for one fresh open order at mainnet's limit when the chain cannot be read", async () => {
    const down = () => Promise.reject(new Error("503"));
    expect(await reserveForClose(["7"], { orderMaxBids: down, orders: down, bids: down })).toBe(
      21 * GAS_PER_CLOSED_BID,
    );
  });
});
