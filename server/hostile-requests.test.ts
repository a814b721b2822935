// No request can crash the server: each hostile request line, Host, Origin or frame gets a 4xx
// (or a websocket close code), the socket is closed where it should be, and the server goes on
// answering. An exception escaping a listener would fail this file as an unhandled error.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { rawRequest, upgradeRequest } from "./testing/raw-http";
import { setupProxy, type Closer } from "./testing/proxy-fixture";
import { createConsoleServer } from "./app";
import { buildRuntimeConfig } from "./runtime-config";

const closers: Closer[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

async function setup() {
  const fixture = await setupProxy(closers);
  const port = Number(new URL(fixture.base).port);
  const host = `127.0.0.1:${port}`;
  const alive = async () => (await fetch(`${fixture.base}/healthz`)).status;
  return { ...fixture, port, host, alive };
}

describe("hostile requests to the HTTP listener", () => {
  it.each([
    ["a target that is not a URL path", 400, "GET //[ HTTP/1.1"],
    ["an absolute-form target", 400, "GET http://evil.test/config.json HTTP/1.1"],
    ["an asterisk target", 400, "OPTIONS * HTTP/1.1"],
    ["a protocol-relative proxy path", 400, "POST //[/provider-proxy HTTP/1.1"],
  ] as const)("answers %s with %i", async (_name, status, line) => {
    const { port, host, alive } = await setup();
    const res = await rawRequest(port, `${line}\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    expect(res.status).toBe(status);
    expect(res.closed).toBe(true);
    expect(await alive()).toBe(200);
  });

  it("answers a malformed request line and an oversized header with 4xx", async () => {
    const { port, alive } = await setup();
    expect((await rawRequest(port, "NOT AN HTTP REQUEST\r\n\r\n")).status).toBe(400);
    const huge = `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`;
    expect((await rawRequest(port, huge)).status).toBe(431);
    expect(await alive()).toBe(200);
  });

  it("answers a malformed percent escape in a static path with 400", async () => {
    const dist = await mkdtemp(join(tmpdir(), "console-dist-"));
    closers.push(() => rm(dist, { recursive: true, force: true }));
    await writeFile(join(dist, "index.html"), "<!doctype html><title>console</title>");
    const app = createConsoleServer({
      distDir: dist,
      runtimeConfig: buildRuntimeConfig({ localnet: null }),
      localWallet: null,
    });
    const base = await app.listen(0);
    closers.push(() => app.close());
    const port = Number(new URL(base).port);
    const res = await rawRequest(
      port,
      `GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    );
    expect(res.status).toBe(400);
    expect((await fetch(`${base}/deployments`)).status).toBe(200);
  });
});

describe("hostile websocket upgrades", () => {
  it.each([
    ["Origin: null (a sandboxed iframe)", 403, "/provider-proxy/ws", { Origin: "null" }],
    ["Origin: garbage", 403, "/provider-proxy/ws", { Origin: "garbage" }],
    ["an Origin of another site", 403, "/provider-proxy/ws", { Origin: "http://evil.test" }],
    ["a non-http Origin", 403, "/provider-proxy/ws", { Origin: "file://" }],
    ["a target that is not a URL path", 400, "//[", {}],
    ["an absolute-form target", 400, "http://evil.test/provider-proxy/ws", {}],
    ["an unknown path", 404, "/nothing-here", {}],
    ["a Host the server does not answer to", 421, "/provider-proxy/ws", { Host: "evil.test" }],
    ["no Sec-WebSocket-Key", 400, "/provider-proxy/ws", { "Sec-WebSocket-Key": null }],
  ] as const)("refuses %s with %i and closes the socket", async (_name, status, target, headers) => {
    const { port, host, alive } = await setup();
    const res = await rawRequest(port, upgradeRequest(target, { Host: host, ...headers }));
    expect(res.status).toBe(status);
    expect(res.closed).toBe(true);
    expect(await alive()).toBe(200);
  });

  it("survives a client that resets the connection while it is being refused", async () => {
    const { port, host, alive } = await setup();
    const { connect } = await import("node:net");
    for (let i = 0; i < 20; i++) {
      const socket = connect(port, "127.0.0.1");
      socket.on("error", () => undefined);
      socket.write(upgradeRequest("/provider-proxy/ws", { Host: host, Origin: "null" }));
      socket.resetAndDestroy();
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(await alive()).toBe(200);
  });

  it("accepts the upgrade from its own origin (the control case)", async () => {
    const { port, host } = await setup();
    const res = await rawRequest(
      port,
      upgradeRequest("/provider-proxy/ws", { Host: host, Origin: `http://${host}` }),
      300,
    );
    expect(res.status).toBe(101);
  });
});

describe("hostile websocket frames", () => {
  const closeOf = (ws: WebSocket) =>
    new Promise<number>((done) => {
      ws.on("error", () => undefined);
      ws.on("close", (code) => done(code));
    });

  it("closes a stream whose frame is larger than the cap (1009) and stays up", async () => {
    const { wsUrl, alive } = await setup();
    const ws = new WebSocket(wsUrl);
    const closed = closeOf(ws);
    await new Promise((r) => ws.once("open", r));
    ws.send("x".repeat(1024 * 1024 + 1));
    expect(await closed).toBe(1009);
    expect(await alive()).toBe(200);
  });

  it("closes a stream that sends invalid UTF-8 text (1007) and stays up", async () => {
    const { wsUrl, alive } = await setup();
    const ws = new WebSocket(wsUrl, { skipUTF8Validation: true });
    const closed = closeOf(ws);
    await new Promise((r) => ws.once("open", r));
    ws.send(Buffer.from([0xff, 0xfe, 0xfd]), { binary: false });
    expect(await closed).toBe(1007);
    expect(await alive()).toBe(200);
  });
});
