import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { clientKey, createClientLimits } from "./client-limits";

function setup(config = { ratePerMinute: 60, burst: 3, maxConcurrent: 2 }) {
  let now = 0;
  const limits = createClientLimits(config, () => now);
  return { limits, advance: (ms: number) => (now += ms) };
}

describe("per-client limits", () => {
  it("lets a burst through, then refuses with the wait until the next token", () => {
    const { limits, advance } = setup({ ratePerMinute: 60, burst: 3, maxConcurrent: 0 });
    for (let i = 0; i < 3; i++) expect(limits.admit("a").ok).toBe(true);
    const refused = limits.admit("a");
    expect(refused).toMatchObject({ ok: false, reason: "rate", retryAfterSec: 1 });
    expect(limits.admit("b").ok).toBe(true);
    advance(1_000);
    expect(limits.admit("a").ok).toBe(true);
    expect(limits.admit("a").ok).toBe(false);
  });

  it("counts relays open at once and frees a slot on release (once)", () => {
    const { limits } = setup({ ratePerMinute: 0, burst: 1, maxConcurrent: 2 });
    const first = limits.admit("a");
    const second = limits.admit("a");
    expect(limits.admit("a")).toMatchObject({ ok: false, reason: "concurrency" });
    if (!first.ok || !second.ok) throw new Error("admitted");
    first.release();
    first.release();
    expect(limits.admit("a").ok).toBe(true);
    expect(limits.admit("a").ok).toBe(false);
  });

  it("forgets idle clients, so memory follows active clients only", () => {
    const { limits, advance } = setup({ ratePerMinute: 600, burst: 1, maxConcurrent: 1 });
    for (let i = 0; i < 10_001; i++) {
      const a = limits.admit(`client-${i}`);
      if (a.ok) a.release();
    }
    advance(60_000);
    limits.admit("one more");
    expect(limits.size()).toBe(1);
  });

  it("keys IPv6 clients by /64 and IPv4-mapped clients by their IPv4 address", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe(clientKey("2001:db8:1:2:bbbb::9"));
    expect(clientKey("2001:db8:1:2::1")).not.toBe(clientKey("2001:db8:1:3::1"));
    expect(clientKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });
});

describe("the client address behind trusted proxies", () => {
  const req = (xff: string | undefined) => ({
    headers: xff === undefined ? {} : { "x-forwarded-for": xff },
    socket: { remoteAddress: "10.0.0.5" },
  });

  it("is the socket peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(req("203.0.113.7"), 0)).toBe("10.0.0.5");
  });

  it("is the entry the nearest trusted proxy wrote, not one the client forged", () => {
    expect(clientAddress(req("198.51.100.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(req("198.51.100.1, 203.0.113.7, 10.0.0.9"), 2)).toBe("203.0.113.7");
    expect(clientAddress(req(undefined), 1)).toBe("10.0.0.5");
    expect(clientAddress(req("not-an-ip"), 1)).toBe("10.0.0.5");
  });
});
