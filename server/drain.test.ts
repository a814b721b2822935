// The graceful drain, in one process: readiness turns 503 at once, requests in flight finish,
// websocket streams are asked to reconnect elsewhere (1012), new connections are refused once
// the listener closes, and the deadline cuts what is still running.
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { PROVIDER, setupProxy, TENANT_TOKEN, type Closer } from "./testing/proxy-fixture";

const closers: Closer[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

function openStream(wsUrl: string, hostUri: string) {
  const ws = new WebSocket(wsUrl);
  const frames: string[] = [];
  ws.on("error", () => undefined);
  ws.on("message", (m) => frames.push(m.toString()));
  ws.on("open", () =>
    ws.send(
      JSON.stringify({
        network: "local",
        providerAddress: PROVIDER,
        url: `${hostUri}/lease/1/1/1/logs`,
        token: TENANT_TOKEN,
      }),
    ),
  );
  const closed = new Promise<number>((done) => ws.on("close", (code) => done(code)));
  return { frames, closed };
}

const readyz = (base: string) =>
  new Promise<number>((done, fail) => {
    const req = request(`${base}/readyz`, { agent: false }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on("error", fail);
    req.end();
  });

describe("draining an instance", () => {
  it("finishes relays in flight, asks streams to reconnect, refuses new work, then closes", async () => {
    const { app, base, post, hostUri, wsUrl, proxy } = await setupProxy(closers);
    await post({ url: `${hostUri}/status` }); // warm the provider directory
    const stream = openStream(wsUrl, hostUri);
    await expect.poll(() => stream.frames.length).toBe(2);
    const slow = post({ url: `${hostUri}/slow` });
    await expect.poll(() => proxy.openRelays()).toBe(2);

    expect(await readyz(base)).toBe(200);
    const drained = app.drain({ delayMs: 300, deadlineMs: 10_000 });
    // During the delay the balancer sees "not ready" while the instance still serves.
    expect(await readyz(base)).toBe(503);
    expect(await stream.closed).toBe(1012);
    expect(await slow).toMatchObject({ status: 200, text: "late" });
    expect(await drained).toMatchObject({ forced: false });
    await expect(readyz(base)).rejects.toThrow(/ECONNREFUSED/);
    expect(proxy.openRelays()).toBe(0);
  });

  it("cuts what is still running at the deadline", async () => {
    const { app, post, hostUri, proxy } = await setupProxy(closers);
    await post({ url: `${hostUri}/status` });
    const slow = post({ url: `${hostUri}/slow` }).catch((err: unknown) => err);
    await expect.poll(() => proxy.openRelays()).toBe(1);
    const result = await app.drain({ delayMs: 0, deadlineMs: 200 });
    expect(result.forced).toBe(true);
    expect(result.ms).toBeLessThan(1_500);
    expect(await slow).toBeInstanceOf(Error);
    expect(proxy.openRelays()).toBe(0);
  });
});
