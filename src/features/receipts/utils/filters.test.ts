import { describe, expect, it } from "vitest";
import { sampleChain } from "../testing/sample-chain";
import { toAttemptRows } from "./attempts";
import { matchesFilter, NO_FILTER } from "./filters";

async function setup() {
  const rows = toAttemptRows(await sampleChain(12));
  const count = (patch: Partial<typeof NO_FILTER>) =>
    rows.filter((r) => matchesFilter(r, { ...NO_FILTER, ...patch })).length;
  return { rows, count };
}

describe("attempt rows and filters", () => {
  it("folds each attempt's entries into one row, newest first, with the latest state", async () => {
    const { rows } = await setup();
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ attempt: "r11-a", position: 24 });
    expect(rows[0]!.entries.map((e) => e.state)).toEqual(["pending", "rejected"]);
    expect(rows[0]!.latest.state).toBe("rejected");
  });

  it("filters by action, state, network, dseq and day", async () => {
    const { count } = await setup();
    expect(count({})).toBe(12);
    // the sample cycles through the twelve actions: one of each
    expect(count({ action: "create" })).toBe(1);
    expect(count({ state: "failed" })).toBe(3);
    expect(count({ network: "sandbox" })).toBe(2);
    expect(count({ dseq: "1003" })).toBe(3);
    expect(count({ from: "2026-11-02" })).toBe(0);
    expect(count({ from: "2026-10-31", to: "2026-11-01" })).toBe(12);
  });
});
