import { describe, expect, it } from "vitest";
import type { DeploymentRow } from "./join-leases";
import { EMPTY_RESOURCES } from "./resources";
import type { RowMetrics } from "./row-metrics";
import { filterRows, sortRows } from "./sort-filter";

function setup() {
  const row = (dseq: string): DeploymentRow => ({
    deployment: {
      owner: "o",
      dseq,
      state: "active",
      createdHeight: 0,
      groups: [],
      resources: EMPTY_RESOURCES,
      escrow: null,
    },
    leases: [],
    providers: [],
  });
  const rows = [row("300"), row("1000"), row("200"), row("40")];
  const metrics: Record<string, RowMetrics> = {
    "300": {
      timeLeft: {
        kind: "running",
        balance: { denom: "uact", amount: 1 },
        ratePerBlock: 1,
        blocksLeft: 1,
        secondsLeft: 50,
        blockTimeSec: 50,
      },
      balance: null,
      monthly: { denom: "uact", amount: 10 },
    },
    "1000": { timeLeft: { kind: "no-lease", balance: null }, balance: null, monthly: null },
    "200": {
      timeLeft: {
        kind: "running",
        balance: { denom: "uact", amount: 1 },
        ratePerBlock: 1,
        blocksLeft: 1,
        secondsLeft: 10,
        blockTimeSec: 10,
      },
      balance: null,
      monthly: { denom: "uact", amount: 99 },
    },
    "40": {
      timeLeft: { kind: "overdrawn", balance: { denom: "uact", amount: 0 } },
      balance: null,
      monthly: { denom: "uact", amount: 5 },
    },
  };
  const metricsOf = (r: DeploymentRow) => metrics[r.deployment.dseq]!;
  return { rows, metricsOf };
}

const dseqs = (rows: DeploymentRow[]) => rows.map((r) => r.deployment.dseq);

describe("filterRows", () => {
  it("matches part of a dseq or of a local name, case-insensitively", () => {
    const { rows } = setup();
    expect(dseqs(filterRows(rows, "00", {}))).toEqual(["300", "1000", "200"]);
    expect(dseqs(filterRows(rows, " Web ", { "40": "my webserver" }))).toEqual(["40"]);
    expect(dseqs(filterRows(rows, "", {}))).toEqual(["300", "1000", "200", "40"]);
    expect(filterRows(rows, "nothing", {})).toEqual([]);
  });
});

describe("sortRows", () => {
  it("sorts by creation, newest first", () => {
    const { rows, metricsOf } = setup();
    expect(dseqs(sortRows(rows, "created", metricsOf))).toEqual(["1000", "300", "200", "40"]);
  });

  it("sorts by cost per month, most expensive first, rows without cost last", () => {
    const { rows, metricsOf } = setup();
    expect(dseqs(sortRows(rows, "cost", metricsOf))).toEqual(["200", "300", "40", "1000"]);
  });

  it("sorts by time left, overdrawn first, rows that do not burn last", () => {
    const { rows, metricsOf } = setup();
    expect(dseqs(sortRows(rows, "time-left", metricsOf))).toEqual(["40", "200", "300", "1000"]);
  });
});
