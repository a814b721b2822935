// DNS rebinding and cross-site reads of the local key, against the real server: only a GET from
// this machine, made by the console's own page (same origin) under a Host the server answers to,
// gets the tenant's key.
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createConsoleServer } from "./app";
import { createHostGuard } from "./host-guard";
import { buildRuntimeConfig } from "./runtime-config";

const WALLET = { name: "tenant", address: "akash1tenant", mnemonic: "not a real mnemonic but secret" };
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

async function setup(publicHosts: string[] = []) {
  const app = createConsoleServer({
    distDir: null,
    runtimeConfig: buildRuntimeConfig({ localnet: null }),
    localWallet: WALLET,
    hostGuard: createHostGuard(publicHosts),
  });
  const base = await app.listen(0);
  closers.push(() => app.close());
  const port = Number(new URL(base).port);
  const get = (path: string, headers: Record<string, string>, method = "GET") =>
    new Promise<{ status: number; body: string }>((done, fail) => {
      const req = request({ host: "127.0.0.1", port, path, method, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      });
      req.on("error", fail);
      req.end();
    });
  return { get, host: `127.0.0.1:${port}`, port };
}

describe("/local/wallet.json", () => {
  it("is handed to a same-origin fetch from this machine", async () => {
    const { get, host } = await setup();
    const res = await get("/local/wallet.json", { host, "sec-fetch-site": "same-origin" });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual(WALLET);
  });

  it("is handed to a script on this machine that sends the custom header (no Fetch Metadata)", async () => {
    const { get, host } = await setup();
    expect((await get("/local/wallet.json", { host, "x-console-local-key": "1" })).status).toBe(200);
  });

  it.each([
    ["a rebound name (DNS rebinding)", { host: "evil.test:PORT", "sec-fetch-site": "same-origin" }, 421],
    ["a rebound name with the custom header", { host: "evil.test", "x-console-local-key": "1" }, 421],
    ["a cross-site page", { "sec-fetch-site": "cross-site" }, 403],
    ["a same-site page of another origin", { "sec-fetch-site": "same-site" }, 403],
    [
      "a cross-site page that sends the custom header",
      { "sec-fetch-site": "cross-site", "x-console-local-key": "1" },
      403,
    ],
    ["a typed-in URL (navigation)", { "sec-fetch-site": "none" }, 403],
    ["a client without Fetch Metadata or the custom header", {}, 403],
  ])("is refused to %s", async (_name, headers: Record<string, string>, status) => {
    const { get, host, port } = await setup();
    const h = { host, ...headers };
    h.host = h.host.replace("PORT", String(port));
    const res = await get("/local/wallet.json", h);
    expect(res.status).toBe(status);
    expect(res.body).not.toContain(WALLET.mnemonic);
  });

  it("is refused to anything but GET", async () => {
    const { get, host } = await setup();
    const res = await get("/local/wallet.json", { host, "sec-fetch-site": "same-origin" }, "POST");
    expect(res.status).toBe(405);
  });
});

describe("the Host allowlist on every route", () => {
  it.each(["/config.json", "/provider-proxy", "/deployments", "/"])(
    "answers 421 on %s for a foreign Host",
    async (path) => {
      const { get } = await setup();
      expect((await get(path, { host: "evil.test" })).status).toBe(421);
    },
  );

  it("answers a configured public name and still the loopback names", async () => {
    const { get, port } = await setup(["console.example.com"]);
    expect((await get("/config.json", { host: "console.example.com" })).status).toBe(200);
    expect((await get("/config.json", { host: `localhost:${port}` })).status).toBe(200);
    expect((await get("/config.json", { host: "other.example.com" })).status).toBe(421);
  });

  it("answers health probes whatever the Host (they reveal nothing)", async () => {
    const { get } = await setup();
    expect((await get("/healthz", { host: "10.1.2.3:4180" })).status).toBe(200);
    expect((await get("/readyz", { host: "pod.internal" })).status).toBe(200);
  });
});
