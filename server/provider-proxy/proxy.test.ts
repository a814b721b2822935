// Against real servers: a provider gateway over HTTPS with its own certificate, and a REST
// gateway serving the on-chain provider and certificate records the proxy must trust.
import { createServer, type Server } from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { certificateManager } from "@akashnetwork/chain-sdk/web";
import { toBech32 } from "@cosmjs/encoding";
import { createProviderProxy } from "./index";
import type { ProxyNetwork } from "./networks";

const PROVIDER = toBech32("akash", new Uint8Array(20).fill(7));
const TENANT_TOKEN = "header.payload.signature";
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

const listen = (server: Server | https.Server) =>
  new Promise<number>((done) =>
    server.listen(0, "127.0.0.1", () => done((server.address() as AddressInfo).port)),
  );
const closing = (server: Server | https.Server) => () =>
  new Promise<void>((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });

async function startProvider(pem: { cert: string; privateKey: string }) {
  const seen: { method: string; path: string; auth: string | undefined; body: string }[] = [];
  const server = https.createServer({ cert: pem.cert, key: pem.privateKey }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({ method: req.method ?? "", path: req.url ?? "", auth: req.headers.authorization, body });
      if (req.url === "/big") return void res.end("x".repeat(11 * 1024 * 1024));
      if (req.url === "/missing") return void res.writeHead(404).end("no lease for deployment");
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ path: req.url, bodyBytes: body.length }));
    });
  });
  const wss = new WebSocketServer({ server });
  wss.on("connection", (ws, req) => {
    seen.push({ method: "WS", path: req.url ?? "", auth: req.headers.authorization, body: "" });
    ws.send(JSON.stringify({ name: "web-0", message: "hello" }));
    ws.on("message", (m) => ws.send(`echo:${m.toString()}`));
  });
  const port = await listen(server);
  closers.push(closing(server));
  return { port, seen };
}

async function setup(
  opts: { hostUri?: (port: number) => string; publishOtherCert?: boolean; allowLoopback?: boolean } = {},
) {
  const pem = await certificateManager.generatePEM(PROVIDER);
  const provider = await startProvider(pem);
  const published = opts.publishOtherCert ? (await certificateManager.generatePEM(PROVIDER)).cert : pem.cert;
  const hostUri = opts.hostUri?.(provider.port) ?? `https://localhost:${provider.port}`;
  const rest = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    res.setHeader("content-type", "application/json");
    if (url.pathname === `/akash/provider/v1beta4/providers/${PROVIDER}`)
      return void res.end(
        JSON.stringify({ provider: { owner: PROVIDER, host_uri: hostUri, attributes: [] } }),
      );
    if (
      url.pathname === "/akash/cert/v1/certificates/list" &&
      url.searchParams.get("filter.owner") === PROVIDER
    ) {
      const cert = { state: "valid", cert: Buffer.from(published).toString("base64"), pubkey: "" };
      return void res.end(JSON.stringify({ certificates: [{ certificate: cert, serial: "1" }] }));
    }
    res.statusCode = 404;
    res.end(JSON.stringify({ code: 5, message: "not found" }));
  });
  const restPort = await listen(rest);
  closers.push(closing(rest));
  const network: ProxyNetwork = {
    id: "local",
    rest: [`http://127.0.0.1:${restPort}`],
    allowLoopback: opts.allowLoopback ?? true,
  };
  const proxy = createProviderProxy({ networks: [network] });
  const server = createServer((req, res) => {
    void proxy.route(req, res).then((handled) => handled || res.writeHead(404).end());
  });
  server.on("upgrade", (req, socket, head: Buffer) => proxy.upgrade(req, socket, head) || socket.destroy());
  const proxyPort = await listen(server);
  closers.push(closing(server));
  const base = `http://127.0.0.1:${proxyPort}`;
  const post = async (envelope: Record<string, unknown>) => {
    const res = await fetch(`${base}/provider-proxy`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ network: "local", providerAddress: PROVIDER, method: "GET", ...envelope }),
    });
    const relayed = res.headers.get("x-provider-status");
    const status = relayed ? Number(relayed) : res.status;
    return { status, error: res.headers.get("x-provider-proxy-error"), text: await res.text() };
  };
  return { provider, hostUri, post, wsUrl: `ws://127.0.0.1:${proxyPort}/provider-proxy/ws` };
}

describe("provider proxy, HTTP", () => {
  it("relays a request to the registered host with the tenant's token", async () => {
    const { post, hostUri, provider } = await setup();
    const res = await post({
      method: "PUT",
      url: `${hostUri}/deployment/7/manifest`,
      body: "[1,2,3]",
      token: TENANT_TOKEN,
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ path: "/deployment/7/manifest", bodyBytes: 7 });
    expect(provider.seen[0]?.auth).toBe(`Bearer ${TENANT_TOKEN}`);
  });

  it("relays the provider's own error status in a header, not as a failed load", async () => {
    const { post, hostUri } = await setup();
    const res = await post({ url: `${hostUri}/missing` });
    expect(res).toEqual({ status: 404, error: null, text: "no lease for deployment" });
  });

  it("refuses a host the provider did not register, without contacting it", async () => {
    const { post, provider } = await setup();
    const res = await post({ url: `https://127.0.0.1:${provider.port}/status` });
    expect(res.status).toBe(403);
    expect(res.error).toBe("wrong-host");
    expect(provider.seen).toHaveLength(0);
  });

  it("refuses a provider that is not registered on that network", async () => {
    const { post, hostUri } = await setup();
    const res = await post({
      providerAddress: toBech32("akash", new Uint8Array(20).fill(9)),
      url: `${hostUri}/status`,
    });
    expect(res.status).toBe(404);
    expect(res.error).toBe("not-registered");
    expect((await post({ network: "elsewhere", url: `${hostUri}/status` })).error).toBe("unknown-network");
  });

  it("refuses loopback outside the local network, even behind a DNS name", async () => {
    const { post, hostUri, provider } = await setup({ allowLoopback: false });
    const res = await post({ url: `${hostUri}/status` });
    expect(res.status).toBe(403);
    expect(res.error).toBe("refused-address");
    expect(JSON.parse(res.text).message).toMatch(/localhost resolves to (127\.0\.0\.1|::1)/);
    expect(provider.seen).toHaveLength(0);
  });

  it.each([
    "https://10.1.2.3:8443",
    "https://169.254.169.254",
    "https://[fd00:ec2::254]:8443",
    "https://192.168.1.10",
  ])("refuses the private address of %s", async (uri) => {
    const { post } = await setup({ hostUri: () => uri });
    const res = await post({ url: `${uri}/status` });
    expect(res.status).toBe(403);
    expect(res.error).toBe("refused-address");
  });

  it("refuses a provider whose certificate is not the one on chain, before sending the token", async () => {
    const { post, hostUri, provider } = await setup({ publishOtherCert: true });
    const res = await post({ url: `${hostUri}/status`, token: TENANT_TOKEN });
    expect(res.status).toBe(495);
    expect(res.error).toBe("certificate-mismatch");
    expect(provider.seen).toHaveLength(0);
  });

  it("refuses an oversized request and cuts an oversized answer", async () => {
    const { post, hostUri, provider } = await setup();
    const res = await post({
      method: "PUT",
      url: `${hostUri}/deployment/1/manifest`,
      body: "x".repeat(1024 * 1024 + 1),
    });
    expect(res.status).toBe(413);
    expect(res.error).toBe("too-large");
    expect(provider.seen).toHaveLength(0);
    await expect(post({ url: `${hostUri}/big` })).rejects.toThrow();
  });
});

function openWs(url: string, envelope: Record<string, unknown>) {
  const ws = new WebSocket(url);
  const frames: string[] = [];
  const closed = new Promise<number>((done) => ws.on("close", (code) => done(code)));
  ws.on("open", () => ws.send(JSON.stringify({ network: "local", providerAddress: PROVIDER, ...envelope })));
  ws.on("message", (m) => frames.push(m.toString()));
  return { ws, frames, closed };
}

describe("provider proxy, websocket", () => {
  it("relays frames both ways after the provider accepts", async () => {
    const { wsUrl, hostUri, provider } = await setup();
    const { ws, frames } = openWs(wsUrl, {
      url: `${hostUri}/lease/1/1/1/logs?follow=true`,
      token: TENANT_TOKEN,
    });
    await expect.poll(() => frames.length).toBe(2);
    expect(JSON.parse(frames[0] ?? "")).toEqual({ type: "open" });
    expect(JSON.parse(frames[1] ?? "")).toEqual({ name: "web-0", message: "hello" });
    ws.send("ping-me");
    await expect.poll(() => frames[2]).toBe("echo:ping-me");
    expect(provider.seen[0]?.auth).toBe(`Bearer ${TENANT_TOKEN}`);
    ws.close();
  });

  it("answers an error frame and closes for a certificate that is not on chain", async () => {
    const { wsUrl, hostUri, provider } = await setup({ publishOtherCert: true });
    const { frames, closed } = openWs(wsUrl, { url: `${hostUri}/lease/1/1/1/logs`, token: TENANT_TOKEN });
    expect(await closed).toBe(4495);
    expect(JSON.parse(frames[0] ?? "")).toMatchObject({ type: "error", code: "certificate-mismatch" });
    expect(provider.seen).toHaveLength(0);
  });
});
