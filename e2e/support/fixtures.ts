// The base test for every spec: baseURL from the running stack, every request that leaves
// loopback aborted and reported, and any console error (or uncaught page error) fails the test
// unless the test declares it expected.
import { test as base, expect } from "@playwright/test";
import { MAINNET } from "../../src/config/networks.ts";
import { readStackInfo, type E2eStack } from "./stack";

export function isLoopbackUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return true;
  }
  if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) return true;
  return url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
}

interface Guard {
  /** console errors matching these patterns do not fail the test */
  allowConsoleErrors(...patterns: RegExp[]): void;
  /** requests to these hosts are still aborted, but expected (e.g. after switching to mainnet) */
  allowOutbound(...hosts: string[]): void;
  /** the mainnet preset's endpoints: unreachable from here, so aborted, but expected */
  allowMainnetEndpoints(): void;
}

export const test = base.extend<{ guard: Guard; stack: E2eStack }>({
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
  stack: async ({}, use) => {
    await use(readStackInfo());
  },
  guard: [
    async ({ context, page }, use) => {
      const allowedErrors: RegExp[] = [];
      const allowedHosts = new Set<string>();
      const outbound: string[] = [];
      const errors: string[] = [];
      await context.route(
        (url) => !isLoopbackUrl(url.toString()),
        (route) => {
          const url = route.request().url();
          if (!allowedHosts.has(new URL(url).host)) outbound.push(url);
          return route.abort("blockedbyclient");
        },
      );
      await context.routeWebSocket(
        (url) => !isLoopbackUrl(url.toString()),
        (ws) => {
          if (!allowedHosts.has(new URL(ws.url()).host)) outbound.push(ws.url());
          return ws.close();
        },
      );
      page.on("console", (msg) => {
        if (msg.type() !== "error") return;
        const text = msg.text();
        // An aborted outbound request logs a resource error; it is already reported above.
        if (/net::ERR_BLOCKED_BY_CLIENT/.test(text)) return;
        if (!allowedErrors.some((p) => p.test(text))) errors.push(text);
      });
      page.on("pageerror", (err) => errors.push(`uncaught: ${err.message}`));
      await use({
        allowConsoleErrors: (...patterns) => allowedErrors.push(...patterns),
        allowOutbound: (...hosts) => hosts.forEach((h) => allowedHosts.add(h)),
        allowMainnetEndpoints: () =>
          [...MAINNET.rpc, ...MAINNET.rest].forEach((url) => allowedHosts.add(new URL(url).host)),
      });
      expect(outbound, "requests that left loopback").toEqual([]);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
