// The local WalletConnect relay, on the wire (bare clients speaking irn_*) and with the real SDK
// on both ends (a dapp and a wallet SignClient pairing, requesting and disconnecting through it).
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { SignClient } from "@walletconnect/sign-client";
import { RelayKey, TestRelayClient } from "../test-support/relay-client.ts";
import { startRelay, type RunningRelay } from "./relay.ts";

const TOPIC = "ab".repeat(32);
let relay: RunningRelay | null = null;
const clients: TestRelayClient[] = [];

async function connect(key = new RelayKey()): Promise<TestRelayClient> {
  const c = await TestRelayClient.connect(relay!.url, key);
  clients.push(c);
  return c;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await relay?.close();
  relay = null;
});

describe("the local WalletConnect relay", () => {
  it("routes a published message to the other subscriber, never back to the publisher", async () => {
    relay = await startRelay();
    const [wallet, dapp] = [await connect(), await connect()];
    const subId = await wallet.call("irn_subscribe", { topic: TOPIC });
    expect(subId).toMatch(/^[0-9a-f]{64}$/);
    await dapp.call("irn_subscribe", { topic: TOPIC });
    expect(await dapp.call("irn_publish", { topic: TOPIC, message: "hello", ttl: 300, tag: 1108 })).toBe(
      true,
    );
    const [got] = await wallet.received(1);
    expect(got).toMatchObject({ topic: TOPIC, message: "hello", tag: 1108 });
    await wallet.call("irn_publish", { topic: TOPIC, message: "hi back", ttl: 300, tag: 1109 });
    expect((await dapp.received(1)).map((d) => d.message)).toEqual(["hi back"]);
    expect(wallet.deliveries.map((d) => d.message)).toEqual(["hello"]);
  });

  it("forgets a message once its TTL has passed", async () => {
    let now = Date.now();
    relay = await startRelay({ clock: () => now });
    const sender = await connect();
    await sender.call("irn_publish", { topic: TOPIC, message: "kept", ttl: 300, tag: 1 });
    await sender.call("irn_publish", { topic: TOPIC, message: "short", ttl: 30, tag: 1 });
    now += 31_000;
    const late = await connect();
    await late.call("irn_subscribe", { topic: TOPIC });
    expect((await late.received(1)).map((d) => d.message)).toEqual(["kept"]);
    now += 270_000;
    const later = await connect();
    expect(await later.call("irn_batchFetchMessages", { topics: [TOPIC] })).toEqual({
      messages: [],
      hasMore: false,
    });
    expect(relay.mailbox.sweep()).toBe(2);
  });

  it("holds a message for a client that was away and hands it over once, when it reconnects", async () => {
    relay = await startRelay();
    const phoneKey = new RelayKey();
    const phone = await connect(phoneKey);
    await phone.call("irn_subscribe", { topic: TOPIC });
    await phone.close();
    const dapp = await connect();
    await dapp.call("irn_publish", { topic: TOPIC, message: "sign this", ttl: 900, tag: 1108 });
    const back = await connect(phoneKey);
    await back.call("irn_batchSubscribe", { topics: [TOPIC] });
    expect((await back.received(1)).map((d) => d.message)).toEqual(["sign this"]);
    await back.close();
    // Acknowledged: the next reconnect finds the mailbox empty.
    const again = await connect(phoneKey);
    expect(await again.call("irn_fetchMessages", { topic: TOPIC })).toEqual({ messages: [], hasMore: false });
  });

  it("refuses a connection whose JWT is forged, for another relay or expired", async () => {
    relay = await startRelay();
    const key = new RelayKey();
    const other = new RelayKey();
    const forged =
      key.jwt(relay.url).split(".").slice(0, 2).join(".") + "." + other.jwt(relay.url).split(".")[2];
    const now = Math.floor(Date.now() / 1000);
    for (const auth of [
      forged,
      key.jwt("wss://relay.walletconnect.org"),
      key.jwt(relay.url, { iat: now - 7200, exp: now - 3600 }),
    ])
      await expect(TestRelayClient.connect(relay.url, key, auth)).rejects.toThrow("HTTP 401");
    const ws = new WebSocket(`${relay.url}/?auth=${key.jwt(relay.url)}`);
    const status = await new Promise((r) => ws.once("unexpected-response", (_q, res) => r(res.statusCode)));
    expect(status).toBe(400);
  });

  it("answers bad parameters with a JSON-RPC error that names the field", async () => {
    relay = await startRelay();
    const c = await connect();
    await expect(c.call("irn_publish", { topic: "xyz", message: "m", ttl: 300 })).rejects.toThrow(
      "Invalid params: topic must be 32 bytes of hex",
    );
    await expect(c.call("irn_publish", { topic: TOPIC, message: "m", ttl: -1 })).rejects.toThrow(/ttl/);
    await expect(c.call("irn_nope", {})).rejects.toThrow("Method not found: irn_nope");
  });

  it("when down, drops every socket and refuses new ones until it is back", async () => {
    relay = await startRelay();
    const c = await connect();
    const closed = new Promise((r) => c.ws.once("close", r));
    relay.setDown(true);
    await closed;
    await expect(connect()).rejects.toThrow("HTTP 503");
    relay.setDown(false);
    expect(await (await connect()).call("irn_subscribe", { topic: TOPIC })).toMatch(/^[0-9a-f]{64}$/);
  });

  it("carries a whole Sign API session between the real SDK on both ends", async () => {
    relay = await startRelay();
    const meta = (name: string) => ({ name, description: name, url: "http://127.0.0.1", icons: [] });
    const init = (name: string) =>
      SignClient.init({
        projectId: "local",
        relayUrl: relay!.url,
        metadata: meta(name),
        customStoragePrefix: `relay-test-${name}`,
        telemetryEnabled: false,
      });
    const [dapp, wallet] = [await init("dapp"), await init("wallet")];
    try {
      const account = "cosmos:akash-localnet-1:akash1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq3kpjuy";
      wallet.on("session_proposal", (p) => {
        void wallet.approve({
          id: p.id,
          namespaces: { cosmos: { accounts: [account], methods: ["cosmos_getAccounts"], events: [] } },
        });
      });
      wallet.on("session_request", (r) => {
        void wallet.respond({
          topic: r.topic,
          response: { id: r.id, jsonrpc: "2.0", result: [{ address: account.split(":")[2] }] },
        });
      });
      const { uri, approval } = await dapp.connect({
        optionalNamespaces: {
          cosmos: { methods: ["cosmos_getAccounts"], chains: ["cosmos:akash-localnet-1"], events: [] },
        },
      });
      await wallet.pair({ uri: uri! });
      const session = await approval();
      expect(session.namespaces.cosmos?.accounts).toEqual([account]);
      const result = await dapp.request({
        topic: session.topic,
        chainId: "cosmos:akash-localnet-1",
        request: { method: "cosmos_getAccounts", params: {} },
      });
      expect(result).toEqual([{ address: account.split(":")[2] }]);
      const deleted = new Promise((r) => wallet.once("session_delete", r));
      await dapp.disconnect({ topic: session.topic, reason: { code: 6000, message: "User disconnected." } });
      await deleted;
      expect(wallet.session.getAll()).toEqual([]);
    } finally {
      await Promise.all([dapp.core.relayer.transportClose(), wallet.core.relayer.transportClose()]);
    }
  });
});
