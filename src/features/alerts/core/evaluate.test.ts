import { describe, expect, it } from "vitest";
import { evaluate, type AlertSnapshot } from "./evaluate";
import { EMPTY_LOG, type AlertLog } from "./log";
import type { AlertRule } from "./rules";

const OWNER = "akash1owner";

function rule(over: Partial<AlertRule> = {}): AlertRule {
  return {
    id: "r1",
    networkId: "local",
    owner: OWNER,
    dseq: null,
    kind: "escrow-hours",
    threshold: 10,
    denom: null,
    enabled: true,
    createdAt: "2026-12-01T00:00:00.000Z",
    ...over,
  };
}

function snap(over: Partial<AlertSnapshot> = {}): AlertSnapshot {
  return {
    networkId: "local",
    owner: OWNER,
    asOf: 1000,
    now: Date.parse("2026-12-03T12:00:00Z"),
    deployments: [{ dseq: "7", name: "web", secondsLeft: 20 * 3600 }],
    runningLeases: ["7/1/1/akash1prov"],
    reclaimingLeases: [],
    openBids: {},
    balances: { uact: 50e6, uakt: 5e6 },
    ...over,
  };
}

function setup(rules: AlertRule[]) {
  let n = 0;
  let log: AlertLog = EMPTY_LOG;
  const step = (s: AlertSnapshot) => {
    const result = evaluate(rules, log, s, { newId: () => `e${++n}` });
    log = result.log;
    return result.fired;
  };
  return { step, log: () => log };
}

const hours = (h: number, asOf: number) =>
  snap({ asOf, deployments: [{ dseq: "7", name: "web", secondsLeft: h * 3600 }] });

describe("escrow hours", () => {
  it("fires once when the runway crosses under the threshold, with the run-out time", () => {
    const t = setup([rule()]);
    expect(t.step(hours(12, 1))).toEqual([]);
    const fired = t.step(hours(9.5, 2));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ title: "Escrow low: web (7)", dseq: "7", kind: "escrow-hours" });
    expect(fired[0]!.runsOutAt).toBe("2026-12-03T21:30:00.000Z");
    expect(t.step(hours(9, 3))).toEqual([]);
    expect(t.step(hours(1, 4))).toEqual([]);
    expect(t.log().entries).toHaveLength(1);
  });

  it("re-arms only above the threshold plus the margin, then fires again on the next crossing", () => {
    const t = setup([rule()]);
    expect(t.step(hours(9, 1))).toHaveLength(1);
    expect(t.step(hours(10.1, 2))).toEqual([]); // inside the 2% band: still fired
    expect(t.step(hours(9.9, 3))).toEqual([]);
    expect(t.step(hours(30, 4))).toEqual([]); // a deposit: re-armed
    expect(t.step(hours(8, 5))).toHaveLength(1);
  });

  it("never re-arms from data older than the data it fired on (a stale tab)", () => {
    const t = setup([rule()]);
    expect(t.step(hours(9, 50))).toHaveLength(1);
    expect(t.step(hours(12, 40))).toEqual([]); // stale: before the deposit was even known
    expect(t.step(hours(9, 60))).toEqual([]);
  });

  it("fires for an overdrawn deployment and ignores one with no running lease", () => {
    const t = setup([rule()]);
    const fired = t.step(
      snap({
        deployments: [
          { dseq: "7", name: null, secondsLeft: 0 },
          { dseq: "8", name: null, secondsLeft: null },
        ],
      }),
    );
    expect(fired.map((f) => f.dseq)).toEqual(["7"]);
    expect(fired[0]!.body).toContain("no escrow left");
  });

  it("watches only its deployment, its network and account, and nothing when paused", () => {
    const data = snap({
      deployments: [
        { dseq: "7", name: null, secondsLeft: 3600 },
        { dseq: "8", name: null, secondsLeft: 3600 },
      ],
    });
    expect(
      setup([rule({ dseq: "8" })])
        .step(data)
        .map((f) => f.dseq),
    ).toEqual(["8"]);
    expect(setup([rule({ networkId: "sandbox" })]).step(data)).toEqual([]);
    expect(setup([rule({ owner: "akash1other" })]).step(data)).toEqual([]);
    expect(setup([rule({ enabled: false })]).step(data)).toEqual([]);
  });

  it("neither fires nor re-arms while the deployments are not known", () => {
    const t = setup([rule()]);
    expect(t.step(hours(5, 1))).toHaveLength(1);
    expect(t.step(snap({ asOf: 2, deployments: null }))).toEqual([]);
    expect(t.step(hours(5, 3))).toEqual([]);
  });
});

describe("balance", () => {
  it("fires under X tokens of the chosen denom and re-arms at X or more", () => {
    const t = setup([rule({ kind: "balance", threshold: 3, denom: "uakt" })]);
    expect(t.step(snap({ asOf: 1, balances: { uact: 0, uakt: 4e6 } }))).toEqual([]);
    const fired = t.step(snap({ asOf: 2, balances: { uact: 0, uakt: 2.5e6 } }));
    expect(fired.map((f) => f.title)).toEqual(["Wallet AKT low"]);
    expect(fired[0]!.body).toBe("2.5 AKT spendable (alert under 3).");
    expect(t.step(snap({ asOf: 3, balances: { uact: 0, uakt: 2e6 } }))).toEqual([]);
    expect(t.step(snap({ asOf: 4, balances: { uact: 0, uakt: 3e6 } }))).toEqual([]);
    expect(t.step(snap({ asOf: 5, balances: { uact: 0, uakt: 1e6 } }))).toHaveLength(1);
  });
});

describe("leases", () => {
  const lease = "7/1/1/akash1prov";
  it("says once that a lease seen running stopped, and nothing on the first sighting", () => {
    const t = setup([rule({ kind: "lease-closed", threshold: null })]);
    expect(t.step(snap({ asOf: 1, runningLeases: [] }))).toEqual([]); // nothing seen before
    expect(t.step(snap({ asOf: 2, runningLeases: [lease] }))).toEqual([]);
    const fired = t.step(snap({ asOf: 3, runningLeases: [] }));
    expect(fired.map((f) => f.title)).toEqual(["Lease closed: web (7)"]);
    expect(t.step(snap({ asOf: 4, runningLeases: [] }))).toEqual([]);
  });

  it("ignores a stale tab that still sees the closed lease running", () => {
    const t = setup([rule({ kind: "lease-closed", threshold: null })]);
    t.step(snap({ asOf: 2, runningLeases: [lease] }));
    expect(t.step(snap({ asOf: 5, runningLeases: [] }))).toHaveLength(1);
    expect(t.step(snap({ asOf: 3, runningLeases: [lease] }))).toEqual([]);
    expect(t.step(snap({ asOf: 6, runningLeases: [] }))).toEqual([]);
  });

  it("fires once when a provider starts reclaiming", () => {
    const t = setup([rule({ kind: "lease-closed", threshold: null })]);
    expect(t.step(snap({ asOf: 1, reclaimingLeases: [lease] })).map((f) => f.title)).toEqual([
      "Lease reclaimed: web (7)",
    ]);
    expect(t.step(snap({ asOf: 2, reclaimingLeases: [lease] }))).toEqual([]);
  });
});

describe("bids", () => {
  it("fires while bids wait on an open order and re-arms when none do", () => {
    const t = setup([rule({ kind: "bid-waiting", threshold: null })]);
    expect(t.step(snap({ asOf: 1, openBids: { "9": 2 } })).map((f) => f.body)).toEqual([
      "2 open bids: accept one to start a lease.",
    ]);
    expect(t.step(snap({ asOf: 2, openBids: { "9": 3 } }))).toEqual([]);
    expect(t.step(snap({ asOf: 3, openBids: {} }))).toEqual([]);
    expect(t.step(snap({ asOf: 4, openBids: { "9": 1 } }))).toHaveLength(1);
  });
});
