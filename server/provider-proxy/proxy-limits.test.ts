// Per-client limits, timeouts that fit a proxy, dead-peer detection and the relay log, against
// the real server.
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { rawRequest, upgradeRequest } from "../testing/raw-http";
import { PROVIDER, setupProxy, TENANT_TOKEN, type Closer } from "../testing/proxy-fixture";

const closers: Closer[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

const streamEnvelope = (hostUri: string) =>
  JSON.stringify({
    network: "local",
    providerAddress: PROVIDER,
    url: `${hostUri}/lease/1/1/1/logs`,
    token: TENANT_TOKEN,
  });

function openStream(url: string, hostUri: string, opts: { autoPong?: boolean } = {}) {
  const ws = new WebSocket(url, opts);
  const frames: string[] = [];
  ws.on("error", () => undefined);
  ws.on("message", (m) => frames.push(m.toString()));
  ws.on("open", () => ws.send(streamEnvelope(hostUri)));
  const closed = new Promise<number>((done) => ws.on("close", (code) => done(code)));
  return { ws, frames, closed };
}

describe("per-client limits", () => {
  it("answers 429 with Retry-After past the request rate", async () => {
    const { post, hostUri } = await setupProxy(closers, {
      // one token a minute: the bucket cannot refill between requests however slow the machine
      limits: { ratePerMinute: 1, burst: 2, maxConcurrent: 0 },
    });
    expect((await post({ url: `${hostUri}/status` })).status).toBe(200);
    expect((await post({ url: `${hostUri}/status` })).status).toBe(200);
    const third = await post({ url: `${hostUri}/status` });
    expect(third.status).toBe(429);
    expect(third.error).toBe("rate-limited");
    expect(JSON.parse(third.text).message).toMatch(/1 a minute/);
  });

  it("refuses a second stream past the concurrency limit, and takes one once the first ends", async () => {
    const { wsUrl, hostUri, base } = await setupProxy(closers, {
      limits: { ratePerMinute: 0, burst: 1, maxConcurrent: 1 },
    });
    const first = openStream(wsUrl, hostUri);
    await expect.poll(() => first.frames.length).toBe(2);
    const host = new URL(base).host;
    const refused = await rawRequest(
      Number(new URL(base).port),
      upgradeRequest("/provider-proxy/ws", { Host: host }),
    );
    expect(refused.status).toBe(429);
    expect(refused.closed).toBe(true);
    first.ws.close();
    await first.closed;
    const again = openStream(wsUrl, hostUri);
    await expect.poll(() => again.frames.length).toBe(2);
    again.ws.close();
  });
});

describe("timeouts that fit a proxy", () => {
  it("cuts a client that never finishes its headers (408)", async () => {
    const { base } = await setupProxy(closers, { timeouts: { headersMs: 300, requestMs: 600 } });
    const res = await rawRequest(
      Number(new URL(base).port),
      "POST /provider-proxy HTTP/1.1\r\nHost: 127.0.0.1\r\n",
      3_000,
    );
    expect(res.status).toBe(408);
    expect(res.closed).toBe(true);
  });

  it("cuts a client that trickles its body past the request timeout (408)", async () => {
    const { base } = await setupProxy(closers, { timeouts: { headersMs: 300, requestMs: 600 } });
    const head =
      "POST /provider-proxy HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{";
    const started = performance.now();
    const res = await rawRequest(Number(new URL(base).port), head, 4_000);
    expect(res.closed).toBe(true);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it("cuts a websocket peer that stops answering pings, and keeps one that answers", async () => {
    // a peer has a whole interval to answer; 500 ms outlasts event-loop stalls on a loaded machine
    const { wsUrl, hostUri, proxy } = await setupProxy(closers, { heartbeatMs: 500 });
    const deaf = openStream(wsUrl, hostUri, { autoPong: false });
    const alive = openStream(wsUrl, hostUri);
    await expect.poll(() => deaf.frames.length + alive.frames.length).toBe(4);
    expect(await deaf.closed).toBe(1006);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(alive.ws.readyState).toBe(WebSocket.OPEN);
    expect(proxy.openRelays()).toBe(1);
    alive.ws.close();
  });
});

describe("the relay log", () => {
  it("has one line per relay, with what it was for and never the token", async () => {
    const { post, hostUri, logs, wsUrl } = await setupProxy(closers);
    await post({
      method: "PUT",
      url: `${hostUri}/deployment/7/manifest?token=${TENANT_TOKEN}`,
      body: "[]",
      token: TENANT_TOKEN,
    });
    const stream = openStream(wsUrl, hostUri);
    await expect.poll(() => stream.frames.length).toBe(2);
    stream.ws.close();
    await expect.poll(() => logs.filter((l) => l.includes('"proxy.relay"')).length).toBe(2);
    const relays = logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === "proxy.relay");
    expect(relays[0]).toMatchObject({
      level: "info",
      kind: "http",
      client: "127.0.0.1",
      network: "local",
      provider: PROVIDER,
      path: "/deployment/7/manifest",
      providerStatus: 200,
    });
    expect(relays[1]).toMatchObject({
      kind: "ws",
      path: "/lease/1/1/1/logs",
      clientClose: expect.any(Number),
    });
    const all = logs.join("\n");
    expect(all).not.toContain(TENANT_TOKEN);
    expect(all).not.toMatch(/bearer|token=/i);
  });
});
