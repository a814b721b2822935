import { describe, expect, it } from "vitest";
import { createLogger, scrub } from "./log";

const JWT = "eyJhbGciOiJFUzI1NksifQ.eyJpc3MiOiJha2FzaDEifQ.c2lnbmF0dXJlLWJ5dGVz";

describe("the structured log", () => {
  it("writes one JSON object per line with time, level and event", () => {
    const lines: string[] = [];
    const log = createLogger({ write: (l) => lines.push(l), now: () => new Date(0) });
    log.info("proxy.relay", { kind: "http", ms: 12 });
    log.debug("hidden");
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([
      { time: "1970-01-01T00:00:00.000Z", level: "info", event: "proxy.relay", kind: "http", ms: 12 },
    ]);
  });

  it("never writes a token, a bearer header or URL credentials, wherever they hide", () => {
    const lines: string[] = [];
    const log = createLogger({ write: (l) => lines.push(l) });
    log.error("request.failed", {
      token: JWT,
      authorization: `Bearer ${JWT}`,
      nested: { jwt: "x", path: `/lease/1?token=${JWT}`, mnemonic: "word ".repeat(24) },
      message: `upstream said Bearer abc.def.ghi and postgres://app:SECRET@db:5432/x`,
      list: [JWT],
    });
    const text = lines.join("\n");
    expect(text).not.toContain(JWT);
    expect(text).not.toContain("abc.def.ghi");
    expect(text).not.toContain("SECRET");
    expect(text).not.toMatch(/mnemonic|"token"|authorization/);
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
      nested: { path: "/lease/1?token=[redacted-jwt]" },
      message: "upstream said Bearer [redacted] and postgres://[redacted]@db:5432/x",
    });
  });

  it("scrubs errors to their message and bounds depth", () => {
    expect(scrub(new Error(`bad ${JWT}`))).toBe("bad [redacted-jwt]");
    const deep = { a: { b: { c: { d: { e: { f: 1 } } } } } };
    expect(JSON.stringify(scrub(deep))).toContain("[…]");
  });
});
