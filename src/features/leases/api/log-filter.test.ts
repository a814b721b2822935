import { describe, expect, it } from "vitest";
import type { StreamLine } from "./log-entry";
import {
  countLines,
  coveredRange,
  downloadName,
  downloadText,
  filterLines,
  splitMatches,
} from "./log-filter";

const T0 = Date.UTC(2026, 11, 3, 13, 0, 0);
const line = (
  id: number,
  source: string,
  text: string,
  level: StreamLine["level"],
  min: number,
): StreamLine => ({
  id,
  source,
  text,
  level,
  at: T0 + min * 60_000,
});
const LINES = [
  line(1, "web-abc-1", "GET / 200", "info", 0),
  line(2, "web-abc-1", "GET /x 404", "warn", 5),
  line(3, "db-xyz-1", "FATAL: auth failed", "error", 10),
  { ...line(4, "", "Reconnected at 13:11", "info", 11), notice: true },
  line(5, "web-abc-2", "GET /Admin 200", "info", 20),
];
const ALL = new Set(["error", "warn", "info", "debug"] as const);

describe("log filters and downloads", () => {
  it("filters by service, search (case-insensitive), level and time, keeping the console's notices", () => {
    const ids = (f: Partial<Parameters<typeof filterLines>[1]>) =>
      filterLines(LINES, { service: "", search: "", levels: ALL, range: { from: null, to: null }, ...f }).map(
        (l) => l.id,
      );
    expect(ids({ service: "web" })).toEqual([1, 2, 4, 5]);
    expect(ids({ search: "admin" })).toEqual([4, 5]);
    expect(ids({ levels: new Set(["error", "warn"]) })).toEqual([2, 3, 4]);
    expect(ids({ range: { from: T0 + 4 * 60_000, to: T0 + 11 * 60_000 } })).toEqual([2, 3, 4]);
    // A notice outside the range asked for is not shown.
    expect(ids({ range: { from: T0 + 4 * 60_000, to: T0 + 10 * 60_000 } })).toEqual([2, 3]);
  });

  it("counts the stream's own lines, not the console's notices", () => {
    expect(countLines(LINES)).toBe(4);
  });

  it("splits text around every match for highlighting", () => {
    expect(splitMatches("GET /a GET /b", "get")).toEqual([
      { text: "GET", match: true },
      { text: " /a ", match: false },
      { text: "GET", match: true },
      { text: " /b", match: false },
    ]);
    expect(splitMatches("abc", " ")).toEqual([{ text: "abc", match: false }]);
  });

  it("names and heads a download with the service and the time range", () => {
    const range = coveredRange(LINES, { from: null, to: T0 + 15 * 60_000 });
    expect(range).toEqual({ from: T0, to: T0 + 15 * 60_000 });
    expect(downloadName({ dseq: "42", kind: "logs", service: "web", range })).toBe(
      "deployment-42_web_logs_2026-12-03T13-00-00Z_to_2026-12-03T13-15-00Z.log",
    );
    const text = downloadText({
      dseq: "42",
      kind: "logs",
      service: "web",
      provider: "akash1p",
      range,
      search: "",
      lines: LINES.slice(0, 5),
    });
    expect(text.split("\n")).toEqual([
      "# Logs of deployment 42, service web, provider akash1p",
      "# From 2026-12-03T13:00:00Z to 2026-12-03T13:15:00Z (4 lines)",
      "[web-abc-1] GET / 200",
      "[web-abc-1] GET /x 404",
      "[db-xyz-1] FATAL: auth failed",
      "# Reconnected at 13:11",
      "[web-abc-2] GET /Admin 200",
      "",
    ]);
  });
});
