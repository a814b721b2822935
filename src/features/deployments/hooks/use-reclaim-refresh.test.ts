// When the deployment page reads the chain again around a reclaim deadline: every 2 s once the
// latest block has reached a reclaiming lease's deadline, and the escrow once a lease closed after
// the escrow was last settled (the close settled it).
import { describe, expect, it } from "vitest";
import type { LeaseView } from "../utils/types";
import { escrowOlderThanClose, reclaimDue } from "./use-reclaim-refresh";

const DEADLINE = 1_700_000_030;
const lease = (state: string, extra: Partial<LeaseView> = {}): LeaseView => ({
  owner: "o",
  dseq: "1",
  gseq: 1,
  oseq: 1,
  provider: "p",
  bseq: 0,
  state,
  price: { denom: "uact", amount: 5 },
  createdHeight: 100,
  reclamation: { windowSec: 30, started: { height: 200, deadlineSec: DEADLINE, reason: "r" } },
  ...extra,
});

describe("reclaimDue", () => {
  it("is due once the latest block's time reaches the deadline, on block time only", () => {
    expect(reclaimDue([lease("reclaiming")], { height: 229, timeSec: DEADLINE - 1 })).toBe(false);
    expect(reclaimDue([lease("reclaiming")], { height: 230, timeSec: DEADLINE })).toBe(true);
    expect(reclaimDue([lease("reclaiming")], null)).toBe(false);
  });
  it("is not due for a lease already closed, or one not being reclaimed", () => {
    const clock = { height: 300, timeSec: DEADLINE + 60 };
    expect(reclaimDue([lease("closed", { closedOn: 231 })], clock)).toBe(false);
    expect(reclaimDue([lease("active", { reclamation: { windowSec: 30, started: null } })], clock)).toBe(
      false,
    );
  });
});

describe("escrowOlderThanClose", () => {
  it("is stale when a lease closed after the escrow's last settlement", () => {
    expect(escrowOlderThanClose([lease("closed", { closedOn: 231 })], 200)).toBe(true);
    expect(escrowOlderThanClose([lease("closed", { closedOn: 231 })], 231)).toBe(false);
    expect(escrowOlderThanClose([lease("reclaiming")], 200)).toBe(false);
    expect(escrowOlderThanClose([lease("closed", { closedOn: 231 })], null)).toBe(false);
  });
});
