// Two tabs: each has its own stores over one shared localStorage and one lock, as browsers do.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { createLocalLock } from "@/lib/locks";
import { persistedStore } from "@/lib/persisted-store";
import { MemoryStorage } from "@/test/memory-storage";
import type { AlertSnapshot } from "./evaluate";
import { alertLogSchema, EMPTY_LOG, type AlertEntry } from "./log";
import { alertRuleSchema, type AlertRule } from "./rules";
import { runAlerts, type RunPorts } from "./run";

const RULE: AlertRule = {
  id: "r1",
  networkId: "local",
  owner: "akash1o",
  dseq: null,
  kind: "escrow-hours",
  threshold: 10,
  denom: null,
  enabled: true,
  createdAt: "2026-12-01T00:00:00.000Z",
};

function setup() {
  const storage = new MemoryStorage();
  const lock = createLocalLock();
  let n = 0;
  const tab = (name: string) => {
    const shown: AlertEntry[] = [];
    const ports: RunPorts = {
      lock,
      lockName: "alerts",
      rules: persistedStore({
        key: "rules",
        version: 1,
        schema: z.array(alertRuleSchema),
        fallback: [],
        storage: () => storage,
      }),
      log: persistedStore({
        key: "log",
        version: 1,
        schema: alertLogSchema,
        fallback: EMPTY_LOG,
        storage: () => storage,
      }),
      notify: { show: (e) => shown.push(e) },
      newId: () => `${name}-${++n}`,
    };
    return { ports, shown };
  };
  const a = tab("a");
  const b = tab("b");
  a.ports.rules.set([RULE]);
  return { a, b, storage };
}

const snap = (asOf: number, h: number): AlertSnapshot => ({
  networkId: "local",
  owner: "akash1o",
  asOf,
  now: 0,
  deployments: [{ dseq: "7", name: null, secondsLeft: h * 3600 }],
  runningLeases: [],
  reclaimingLeases: [],
  openBids: null,
  balances: null,
});

describe("runAlerts across tabs", () => {
  it("fires a crossing once, in the tab that saw it first, even when both evaluate at once", async () => {
    const { a, b } = setup();
    const results = await Promise.all([runAlerts(snap(10, 5), a.ports), runAlerts(snap(10, 5), b.ports)]);
    expect(results.map((r) => r.length).sort()).toEqual([0, 1]);
    expect(a.shown.length + b.shown.length).toBe(1);
    expect(a.ports.log.refresh().entries).toHaveLength(1);
    expect(b.ports.log.refresh().entries).toHaveLength(1);
  });

  it("a stale tab cannot re-arm what a fresher one fired", async () => {
    const { a, b } = setup();
    await runAlerts(snap(20, 5), a.ports);
    await runAlerts(snap(15, 30), b.ports); // b's data predates the crossing
    await runAlerts(snap(25, 4), a.ports);
    expect(a.shown.length + b.shown.length).toBe(1);
  });
});
