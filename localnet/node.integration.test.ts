// The node around the chain: websocket subscriptions through cosmjs' Comet38Client, CORS, the
// admin fault endpoint, snapshots across restarts and --reset, and the CLI's ready line.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Comet38Client, WebsocketClient } from "@cosmjs/tendermint-rpc";
import { WebSocket } from "ws";
import { connectSigner } from "./test-support/clients.ts";
import { startTestNet, waitFor, type TestNet } from "./test-support/harness.ts";

const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function setup(opts: Parameters<typeof startTestNet>[0] = {}): Promise<TestNet> {
  const t = await startTestNet(opts);
  cleanups.push(() => t.close());
  return t;
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("rpc websocket", () => {
  it("delivers NewBlockHeader and Tx events to cosmjs subscriptions", async () => {
    const t = await setup();
    const ws = await Comet38Client.create(new WebsocketClient(t.net.info.rpc.replace("http", "ws")));
    cleanups.push(() => ws.disconnect());
    const header = await new Promise<{ height: number; chainId: string }>((resolve, reject) => {
      const sub = ws
        .subscribeNewBlockHeader()
        .subscribe({ next: (h) => (sub.unsubscribe(), resolve(h)), error: reject });
    });
    expect(header.chainId).toBe("akash-localnet-1");
    expect(header.height).toBeGreaterThan(0);

    const tenant = await connectSigner(t.net.info.rpc, t.mnemonic("tenant"));
    cleanups.push(() => tenant.client.disconnect());
    const txEvent = new Promise<{ height: number; result: { code: number } }>((resolve, reject) => {
      const sub = ws
        .subscribeTx("tm.event='Tx'")
        .subscribe({ next: (e) => (sub.unsubscribe(), resolve(e)), error: reject });
    });
    const r = await tenant.client.sendTokens(
      tenant.address,
      t.address("tenant-2"),
      [{ denom: "uakt", amount: "1" }],
      "auto",
    );
    const ev = await txEvent;
    expect(ev.height).toBe(r.height);
    expect(ev.result.code).toBe(0);
  });
});

describe("http surface", () => {
  it("answers CORS preflights and GET-style RPC like CometBFT", async () => {
    const t = await setup();
    for (const url of [t.net.info.rpc, `${t.net.info.rest}/cosmos/bank/v1beta1/balances/x`]) {
      const pre = await fetch(url, {
        method: "OPTIONS",
        headers: {
          Origin: "http://localhost:5173",
          "Access-Control-Request-Method": "POST",
          "Access-Control-Request-Headers": "content-type",
        },
      });
      expect(pre.status).toBe(204);
      expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    }
    const status = (await (await fetch(`${t.net.info.rpc}/status`)).json()) as {
      result: { node_info: { network: string } };
    };
    expect(status.result.node_info.network).toBe("akash-localnet-1");
    const block = (await (await fetch(`${t.net.info.rpc}/block?height=1`)).json()) as {
      result: { block: { header: { height: string } } };
    };
    expect(block.result.block.header.height).toBe("1");
    const unknown = await fetch(
      `${t.net.info.rest}/cosmos/auth/v1beta1/accounts/akash1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqyjnt3p`,
    );
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 5, details: [] });
  });
});

describe("admin faults", () => {
  it("injects RPC errors, pauses blocks and resets", async () => {
    const t = await setup();
    const admin = t.net.info.admin;
    expect((await post(`${admin}/faults`, { rpc: { errorRate: 1 } })).status).toBe(200);
    expect((await fetch(`${t.net.info.rpc}/status`)).status).toBe(503);
    expect(await (await fetch(`${admin}/faults`)).json()).toMatchObject({
      rpc: { errorRate: 1, latencyMs: 0 },
    });
    await post(`${admin}/faults/reset`, {});
    expect((await fetch(`${t.net.info.rpc}/status`)).status).toBe(200);

    await post(`${admin}/faults`, { blocks: { paused: true } });
    const height = async () => ((await (await fetch(`${admin}/health`)).json()) as { height: number }).height;
    await new Promise((r) => setTimeout(r, 150));
    const h1 = await height();
    await new Promise((r) => setTimeout(r, 400));
    expect(await height()).toBe(h1);
    await post(`${admin}/faults`, { blocks: { paused: false } });
    await waitFor(async () => (await height()) > h1);
    expect((await post(`${admin}/faults`, { bogus: {} })).status).toBe(400);
    expect((await post(`${admin}/providers/provider-1/fault`, { kind: "offline" })).status).toBe(404);
  });

  it("drops websocket connections while websocket.drop is set", async () => {
    const t = await setup();
    const url = `${t.net.info.rpc.replace("http", "ws")}/websocket`;
    const ws = new WebSocket(url);
    await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
    const closed = new Promise<void>((resolve) => ws.once("close", () => resolve()));
    await post(`${t.net.info.admin}/faults`, { websocket: { drop: true } });
    await closed;
    const refused = new WebSocket(url);
    await new Promise<void>((resolve) =>
      refused.once("error", () => resolve()).once("close", () => resolve()),
    );
    expect(refused.readyState).toBe(WebSocket.CLOSED);
  });
});

describe("persistence", () => {
  it("keeps state across a restart and forgets it with reset", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "localnet-persist-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const first = await startTestNet({ dataDir });
    const tenant = await connectSigner(first.net.info.rpc, first.mnemonic("tenant"));
    await tenant.client.sendTokens(
      tenant.address,
      first.address("tenant-2"),
      [{ denom: "uakt", amount: "12345" }],
      "auto",
    );
    const balance = (await tenant.client.getBalance(first.address("tenant-2"), "uakt")).amount;
    tenant.client.disconnect();
    await first.close();

    const second = await startTestNet({ dataDir });
    expect(second.address("tenant")).toBe(first.address("tenant"));
    const again = await connectSigner(second.net.info.rpc, second.mnemonic("tenant"));
    expect((await again.client.getBalance(second.address("tenant-2"), "uakt")).amount).toBe(balance);
    expect((await again.client.getAccount(again.address))?.sequence).toBe(1);
    again.client.disconnect();
    await second.close();

    const third = await startTestNet({ dataDir, reset: true });
    const fresh = await connectSigner(third.net.info.rpc, third.mnemonic("tenant"));
    expect((await fresh.client.getAccount(fresh.address))?.sequence).toBe(0);
    fresh.client.disconnect();
    await third.close();
  });
});

describe("cli", () => {
  it("prints one LOCALNET_READY line matching localnet.json and stops on SIGTERM", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "localnet-cli-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    // node itself (not npx) so that SIGTERM reaches the CLI's handler
    const args = [
      "--import",
      "tsx",
      "localnet/cli.ts",
      "--data-dir",
      dataDir,
      "--providers",
      "0",
      "--rpc-port",
      "0",
      "--rest-port",
      "0",
      "--admin-port",
      "0",
      "--relay-port",
      "0",
      "--block-time-ms",
      "100",
    ];
    const child = spawn(process.execPath, args, {
      cwd: join(import.meta.dirname, ".."),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const line = await waitFor(
      async () => out.split("\n").find((l) => l.startsWith("LOCALNET_READY ")),
      30_000,
    );
    const info = JSON.parse(line.slice("LOCALNET_READY ".length)) as {
      rpc: string;
      accounts: Array<{ name: string }>;
    };
    expect(JSON.parse(readFileSync(join(dataDir, "localnet.json"), "utf8"))).toEqual(info);
    expect(info.accounts.map((a) => a.name)).toEqual(["tenant", "tenant-2", "auditor"]);
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(readFileSync(join(dataDir, "state.bin")).length).toBeGreaterThan(0);
  });
});
