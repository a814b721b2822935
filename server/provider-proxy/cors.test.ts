// The console on a CDN at another origin uses this server as its provider proxy: the origins the
// operator lists get CORS answers (preflight, readable headers) and websocket upgrades; every
// other origin is refused before anything reaches a provider, on HTTP and websockets alike.
import { afterEach, describe, expect, it } from "vitest";
import { loadServerConfig } from "../config";
import { rawRequest, upgradeRequest } from "../testing/raw-http";
import { setupProxy, PROVIDER, type Closer } from "../testing/proxy-fixture";
import { parseAllowedOrigins } from "./cors";

const CDN = "https://console.example.com";
const closers: Closer[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

async function setup() {
  const fixture = await setupProxy(closers, { allowedOrigins: [CDN] });
  const port = Number(new URL(fixture.base).port);
  const relay = (origin: string | null) =>
    fetch(`${fixture.base}/provider-proxy`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
      body: JSON.stringify({
        network: "local",
        providerAddress: PROVIDER,
        method: "GET",
        url: `${fixture.hostUri}/status`,
      }),
    });
  return { ...fixture, port, host: `127.0.0.1:${port}`, relay };
}

describe("the provider proxy across origins", () => {
  it("answers a listed origin's preflight and lets its page read the relayed answer", async () => {
    const { base, relay, provider } = await setup();
    const pre = await fetch(`${base}/provider-proxy`, {
      method: "OPTIONS",
      headers: {
        origin: CDN,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(CDN);
    expect(pre.headers.get("access-control-allow-methods")).toBe("POST");
    expect(pre.headers.get("access-control-allow-headers")).toBe("content-type");
    const res = await relay(CDN);
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe(CDN);
    expect(res.headers.get("access-control-expose-headers")).toContain("x-provider-status");
    expect(res.headers.get("vary")).toMatch(/Origin/);
    expect(provider.seen.map((s) => s.path)).toEqual(["/status"]);
  });

  it("refuses another origin's preflight and its request, relaying nothing", async () => {
    const { base, relay, provider } = await setup();
    const pre = await fetch(`${base}/provider-proxy`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(pre.status).toBe(403);
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const res = await relay("https://evil.example");
    expect(res.status).toBe(403);
    expect(res.headers.get("x-provider-proxy-error")).toBe("forbidden-origin");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(provider.seen).toEqual([]);
  });

  it("serves its own site's pages and clients that send no Origin (the CLI), with no CORS headers", async () => {
    const { base, relay } = await setup();
    for (const origin of [base, null]) {
      const res = await relay(origin);
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("upgrades a listed origin's websocket and refuses another's", async () => {
    const { port, host } = await setup();
    const listed = await rawRequest(
      port,
      upgradeRequest("/provider-proxy/ws", { Host: host, Origin: CDN }),
      300,
    );
    expect(listed.status).toBe(101);
    const other = await rawRequest(
      port,
      upgradeRequest("/provider-proxy/ws", { Host: host, Origin: "https://console.example.com.evil.test" }),
      300,
    );
    expect(other.status).toBe(403);
  });
});

describe("CONSOLE_ALLOWED_ORIGINS", () => {
  it("takes origins and nothing more", () => {
    expect(parseAllowedOrigins(" https://a.example , http://127.0.0.1:8080/ ")).toEqual([
      "https://a.example",
      "http://127.0.0.1:8080",
    ]);
    for (const bad of ["*", "a.example", "https://a.example/app", "ftp://a.example", "https://*.a.example"])
      expect(() => parseAllowedOrigins(bad), bad).toThrow(/not an origin/);
  });

  it("stops the server at boot with the variable's name", () => {
    expect(() => loadServerConfig({ CONSOLE_ALLOWED_ORIGINS: "https://a.example/x" })).toThrow(
      /^CONSOLE_ALLOWED_ORIGINS: /,
    );
    expect(loadServerConfig({ CONSOLE_ALLOWED_ORIGINS: "https://a.example" }).allowedOrigins).toEqual([
      "https://a.example",
    ]);
  });
});
