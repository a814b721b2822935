import { describe, expect, it } from "vitest";
import { liveSettlement } from "./live-settlement";
import type { SettleReport } from "./settle";

function setup(reports: (SettleReport | Error)[]) {
  let runs = 0;
  const settled: number[] = [];
  let release: () => void = () => undefined;
  let hold = false;
  const live = liveSettlement(
    async () => {
      runs++;
      if (hold) await new Promise<void>((r) => (release = r));
      const next = reports.shift() ?? { settled: 0, stillPending: 0, errors: [] };
      if (next instanceof Error) throw next;
      return next;
    },
    (n) => settled.push(n),
  );
  return {
    live,
    settled,
    runs: () => runs,
    holdNext: () => (hold = true),
    release: () => ((hold = false), release()),
  };
}

const report = (settled: number, stillPending: number): SettleReport => ({
  settled,
  stillPending,
  errors: [],
});

describe("liveSettlement", () => {
  it("keeps settling at every tick while receipts stay pending, then stops reading", async () => {
    const { live, settled, runs } = setup([report(0, 1), report(0, 1), report(1, 0)]);
    await live.tick();
    await live.tick();
    await live.tick();
    expect(settled).toEqual([1]);
    await live.tick();
    await live.tick();
    expect(runs()).toBe(3);
  });

  it("runs again after the receipts change, and after a failed run", async () => {
    const { live, runs } = setup([report(0, 0), new Error("storage"), report(0, 0)]);
    await live.tick();
    await live.tick();
    expect(runs()).toBe(1);
    live.changed();
    await live.tick();
    await live.tick();
    expect(runs()).toBe(3);
  });

  it("never runs twice at once, and not at all once stopped", async () => {
    const { live, runs, holdNext, release } = setup([report(0, 1)]);
    holdNext();
    const first = live.tick();
    await live.tick();
    expect(runs()).toBe(1);
    release();
    await first;
    live.stop();
    await live.tick();
    expect(runs()).toBe(1);
  });
});
