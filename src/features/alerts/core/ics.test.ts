import { describe, expect, it } from "vitest";
import { escapeText, foldLine, runOutCalendar } from "./ics";

function setup(name: string | null = 'web, api; "prod"') {
  return runOutCalendar({
    networkId: "local",
    owner: "akash1abc",
    dseq: "42",
    name,
    runsOutAt: new Date("2026-12-05T08:30:15.500Z"),
    now: new Date("2026-12-03T17:00:00.000Z"),
    url: "http://127.0.0.1:8080/deployments/42",
  });
}

/** Unfolds (RFC 5545 §3.1) and splits into logical lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");

describe("runOutCalendar", () => {
  it("is one VEVENT with CRLF lines, UTC times, a stable UID and a stamp", () => {
    const ics = setup();
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("DTSTART:20261205T083015Z");
    expect(lines).toContain("DTEND:20261205T084515Z");
    expect(lines).toContain("DTSTAMP:20261203T170000Z");
    expect(lines).toContain("UID:runout-local-akash1abc-42@akash-console");
    expect(lines).toContain('SUMMARY:web\\, api\\; "prod" (deployment 42) runs out of escrow');
    expect(lines.filter((l) => l.startsWith("BEGIN:")).length).toBe(3);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("keeps every physical line within 75 octets", () => {
    for (const line of setup("ä".repeat(80)).split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe("escapeText and foldLine", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("never splits a UTF-8 character and continues with one space", () => {
    const folded = foldLine(`SUMMARY:${"€".repeat(40)}`);
    const parts = folded.split("\r\n");
    expect(parts.length).toBe(2);
    expect(parts[1]!.startsWith(" ")).toBe(true);
    expect(parts.join("").replace(" €", "€")).toBe(`SUMMARY:${"€".repeat(40)}`);
  });
});
