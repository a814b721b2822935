import { describe, expect, it } from "vitest";
import { indexEvents, matches, parseQuery } from "./tx-query.ts";

function setup() {
  const events = [
    { type: "message", attributes: [{ key: "sender", value: "akash1abc" }] },
    {
      type: "akash.market.v1.EventBidCreated",
      attributes: [{ key: "id", value: '{"owner":"akash1own","dseq":"7"}' }],
    },
  ];
  return indexEvents(events, { "tx.hash": "ABCD", "tx.height": "12", "tm.event": "Tx" });
}

describe("tx query", () => {
  it("parses AND-joined conditions with quoted and numeric values", () => {
    expect(parseQuery("tx.hash='AB' AND tx.height>=5")).toEqual([
      { key: "tx.hash", op: "=", value: "AB" },
      { key: "tx.height", op: ">=", value: "5" },
    ]);
  });

  it("matches equality, ranges and CONTAINS against indexed events", () => {
    const idx = setup();
    expect(matches(parseQuery("message.sender='akash1abc'"), idx)).toBe(true);
    expect(matches(parseQuery("tx.height>12"), idx)).toBe(false);
    expect(matches(parseQuery("tx.height<=12 AND tx.hash='ABCD'"), idx)).toBe(true);
    expect(matches(parseQuery("akash.market.v1.EventBidCreated.id CONTAINS 'akash1own'"), idx)).toBe(true);
    expect(matches(parseQuery("message.sender='other'"), idx)).toBe(false);
  });

  it("rejects malformed queries", () => {
    expect(() => parseQuery("tx.hash=")).toThrow();
    expect(() => parseQuery("")).toThrow();
  });
});
