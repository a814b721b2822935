// The proxy gives back everything a relay took: sockets to the provider, its websocket streams
// and the timers, counted back to where they started, whenever and however the client leaves.
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { PROVIDER, setupProxy, TENANT_TOKEN, type Closer } from "../testing/proxy-fixture";

const closers: Closer[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

/** Timers alive in this process (Node counts setTimeout and setInterval handles as "Timeout"). */
const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

/** Waits until `count()` is at most `target`, checking between sleeps so no timer of its own is counted. */
async function until(count: () => number, target: number, what: string, ms = 5_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (count() > target) {
    if (performance.now() > deadline) throw new Error(`${what}: ${count()} left, expected ${target}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function setup() {
  // Short keep-alive: idle client connections (and their timers) go quickly, so counts settle.
  const fixture = await setupProxy(closers, { timeouts: { keepAliveMs: 200 } });
  // Warm the provider directory's cache, so only relay work is counted below.
  await fixture.post({ url: `${fixture.hostUri}/status` });
  await expect.poll(() => fixture.provider.openSockets()).toBe(0);
  await expect.poll(() => fixture.proxy.openRelays()).toBe(0);
  const baseline = timers();
  const settled = async () => {
    await until(fixture.provider.openStreams, 0, "provider streams");
    await until(fixture.provider.openSockets, 0, "provider sockets");
    await until(fixture.proxy.openRelays, 0, "relays");
    await until(timers, baseline, "timers");
  };
  return { ...fixture, settled };
}

const envelope = (hostUri: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    network: "local",
    providerAddress: PROVIDER,
    url: `${hostUri}/lease/1/1/1/logs?follow=true`,
    token: TENANT_TOKEN,
    ...extra,
  });

describe("websocket clients that leave early", () => {
  it.each([
    ["closes right after its first message", (ws: WebSocket) => ws.close()],
    ["drops the connection right after its first message", (ws: WebSocket) => ws.terminate()],
    ["closes while the provider is being dialed", (ws: WebSocket) => setTimeout(() => ws.close(), 5)],
  ])("a client that %s leaves no provider stream, socket or timer (20 of 20)", async (_name, leave) => {
    const { wsUrl, hostUri, provider, settled } = await setup();
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        const ws = new WebSocket(wsUrl);
        ws.on("error", () => undefined);
        await new Promise((r) => ws.once("open", r));
        ws.send(envelope(hostUri));
        leave(ws);
        await new Promise((r) => ws.once("close", r));
      }),
    );
    await settled();
    // The provider may or may not have been reached before the client left; nothing stays.
    expect(provider.seen.filter((s) => s.method === "WS").length).toBeLessThanOrEqual(20);
  });

  it("a client that closes mid-stream takes the provider stream with it", async () => {
    const { wsUrl, hostUri, provider, settled } = await setup();
    const ws = new WebSocket(wsUrl);
    const frames: string[] = [];
    ws.on("message", (m) => frames.push(m.toString()));
    await new Promise((r) => ws.once("open", r));
    ws.send(envelope(hostUri));
    await expect.poll(() => frames.length).toBe(2);
    expect(provider.openStreams()).toBe(1);
    ws.close();
    await settled();
  });
});

describe("tokens are checked before the provider is dialed", () => {
  it.each(["abc\r\nX-Injected: 1", "abc\ndef", "abc def", "tok\u0000en", "tökén"])(
    "refuses the token %j over HTTP without opening a socket",
    async (token) => {
      const { post, hostUri, provider, settled } = await setup();
      const res = await post({ url: `${hostUri}/status`, token });
      expect(res.status).toBe(400);
      expect(res.error).toBe("bad-request");
      expect(JSON.parse(res.text).message).toMatch(/JWT characters/);
      expect(provider.seen).toHaveLength(1); // the warm-up request only
      await settled();
    },
  );

  it("refuses a CR/LF token on a websocket without opening a socket", async () => {
    const { wsUrl, hostUri, provider, settled } = await setup();
    const ws = new WebSocket(wsUrl);
    const frames: string[] = [];
    ws.on("message", (m) => frames.push(m.toString()));
    const closed = new Promise<number>((done) => ws.on("close", (code) => done(code)));
    await new Promise((r) => ws.once("open", r));
    ws.send(envelope(hostUri, { token: "abc\r\nX-Injected: 1" }));
    expect(await closed).toBe(4400);
    expect(JSON.parse(frames[0] ?? "{}")).toMatchObject({ type: "error", code: "bad-request" });
    expect(provider.seen.filter((s) => s.method === "WS")).toHaveLength(0);
    await settled();
  });
});

describe("HTTP clients that leave early", () => {
  it("a browser that aborts a relay frees the provider connection before the provider answers", async () => {
    const { base, hostUri, provider, settled } = await setup();
    const controller = new AbortController();
    const pending = fetch(`${base}/provider-proxy`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        network: "local",
        providerAddress: PROVIDER,
        method: "GET",
        url: `${hostUri}/slow`,
      }),
      signal: controller.signal,
    }).catch((err: unknown) => err);
    await expect.poll(() => provider.seen.some((s) => s.path === "/slow")).toBe(true);
    controller.abort();
    await pending;
    // /slow answers after 1.5 s; the socket must be gone well before.
    await expect.poll(() => provider.openSockets(), { timeout: 1_000 }).toBe(0);
    await settled();
  });
});
