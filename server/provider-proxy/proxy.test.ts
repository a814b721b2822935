// Against real servers (server/testing/proxy-fixture.ts): a provider gateway over HTTPS with its
// own certificate, a REST gateway with the on-chain records, and the console server around the
// proxy.
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { toBech32 } from "@cosmjs/encoding";
import {
  PROVIDER,
  setupProxy,
  TENANT_TOKEN,
  type Closer,
  type ProxyFixtureOptions,
} from "../testing/proxy-fixture";

const closers: Closer[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});
const setup = (opts: ProxyFixtureOptions = {}) => setupProxy(closers, opts);

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
    "https://[::127.0.0.1]:8443", // IPv4-compatible loopback, on a network that does not allow it
    "https://[::ffff:169.254.169.254]",
    "https://[2002:a00:1::1]:8443", // 6to4 of 10.0.0.1
    "https://[64:ff9b::a9fe:a9fe]", // NAT64 of the metadata address
    "https://[::ffff:0:7f00:1]:8443", // SIIT of 127.0.0.1
  ])("refuses the private address of %s", async (uri) => {
    const { post } = await setup({ hostUri: () => uri, allowLoopback: false });
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
  const binary: Buffer[] = [];
  const closed = new Promise<number>((done) => ws.on("close", (code) => done(code)));
  ws.on("open", () => ws.send(JSON.stringify({ network: "local", providerAddress: PROVIDER, ...envelope })));
  ws.on("message", (m: Buffer, isBinary) => (isBinary ? binary.push(m) : frames.push(m.toString())));
  return { ws, frames, binary, closed };
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

  it("passes binary frames as binary (the lease shell) and answers a ping itself", async () => {
    const { wsUrl, hostUri, provider } = await setup();
    const { ws, frames, binary } = openWs(wsUrl, {
      url: `${hostUri}/lease/1/1/1/shell?cmd0=sh&tty=1&stdin=1&podIndex=0&service=web`,
      token: TENANT_TOKEN,
    });
    await expect.poll(() => frames.length).toBe(2);
    ws.send(Buffer.from([104, 0x6c, 0x73]));
    await expect.poll(() => binary.length).toBe(1);
    expect([...(binary[0] ?? [])]).toEqual([100, 104, 0x6c, 0x73]);
    ws.send('{"type":"ping"}');
    await expect.poll(() => frames[2]).toBe('{"type":"pong"}');
    ws.send('{"type":"ping", "x": 1}');
    await expect.poll(() => frames[3]).toBe('echo:{"type":"ping", "x": 1}');
    expect(provider.seen).toHaveLength(1);
    ws.close();
  });

  it("says when the provider itself refused the stream (an expired JWT)", async () => {
    const { wsUrl, hostUri } = await setup();
    const { frames, closed } = openWs(wsUrl, { url: `${hostUri}/lease/1/1/1/expired`, token: TENANT_TOKEN });
    expect(await closed).toBe(4502);
    expect(JSON.parse(frames[0] ?? "")).toMatchObject({
      type: "error",
      code: "unreachable",
      providerStatus: 401,
    });
  });

  it("answers an error frame and closes for a certificate that is not on chain", async () => {
    const { wsUrl, hostUri, provider } = await setup({ publishOtherCert: true });
    const { frames, closed } = openWs(wsUrl, { url: `${hostUri}/lease/1/1/1/logs`, token: TENANT_TOKEN });
    expect(await closed).toBe(4495);
    expect(JSON.parse(frames[0] ?? "")).toMatchObject({ type: "error", code: "certificate-mismatch" });
    expect(provider.seen).toHaveLength(0);
  });
});
