// End to end: the local chain with its simulated providers, driven only by unmodified clients
// (cosmjs, chain-sdk, HTTPS, websockets) the way a tenant and Console would.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningLocalnet, startLocalnet } from "../index.ts";
import type { ProviderFault } from "./contract.ts";
import { collect, request } from "./testing/providerClient.ts";
import { cpuSdl, gpuSdl } from "./testing/sdl.ts";
import { type Bid, type Tenant, createTenant, eventually } from "./testing/tenant.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("localnet providers, end to end", () => {
  let net: RunningLocalnet;
  let tenant: Tenant;
  let dir: string;
  const provider = (name: string) => {
    const p = net.info.providers.find((x) => x.name === name);
    if (!p) throw new Error(`no ${name}`);
    return p;
  };
  /** Faults go through the localnet admin endpoint, as the console's tests would set them. */
  const setFault = async (name: string, fault: ProviderFault | null) => {
    const res = await fetch(`${net.info.admin}/providers/${name}/fault`, {
      method: "POST",
      body: JSON.stringify(fault),
    });
    expect(res.status).toBe(200);
  };
  const bidders = (bids: Bid[]) =>
    bids.map((b) => net.info.providers.find((p) => p.address === b.provider)?.name).sort();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "localnet-providers-"));
    net = await startLocalnet({
      dataDir: dir,
      blockTimeMs: 200,
      rpcPort: 0,
      restPort: 0,
      adminPort: 0,
      relayPort: 0,
      providers: 3,
      providerBasePort: 0,
      reset: true,
      // provider-services withdraws daily; this file checks the periodic withdrawal, so every 10 s.
      providerWithdrawPeriodMs: 10_000,
    });
    const account = net.info.accounts.find((a) => a.name.startsWith("tenant"));
    if (!account) throw new Error("no tenant account in localnet.json");
    tenant = await createTenant({ mnemonic: account.mnemonic, rpc: net.info.rpc, rest: net.info.rest });
  }, 60_000);

  afterAll(async () => {
    tenant?.disconnect();
    await net?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("registers providers with host URIs, attributes, certificates and audits", async () => {
    const res = (await tenant.rest("/akash/provider/v1beta4/providers")) as {
      providers: { owner: string; host_uri: string }[];
    };
    for (const p of net.info.providers) {
      expect(res.providers.find((x) => x.owner === p.address)?.host_uri).toBe(p.hostUri);
      const certs = (await tenant.rest(
        `/akash/cert/v1/certificates/list?filter.owner=${p.address}&filter.state=valid`,
      )) as { certificates: unknown[] };
      expect(certs.certificates.length).toBeGreaterThan(0);
      expect(JSON.parse((await request(`${p.hostUri}/address`)).body)).toEqual({ address: p.address });
    }
    const auditor = net.info.accounts.find((a) => a.name === "auditor")?.address ?? "";
    const audited = (await tenant.rest(
      `/akash/audit/v1/audit/attributes/${provider("provider-1").address}/list`,
    )) as { providers: { auditor: string }[] };
    expect(audited.providers.map((p) => p.auditor)).toContain(auditor);
  });

  it("runs a GPU lease from bid to logs, refuses bad requests, and releases the GPUs on close", async () => {
    const p1 = provider("provider-1");
    const d1 = await tenant.createDeployment(gpuSdl(), 1001);
    const bids = await eventually(
      "an H100 bid",
      () => tenant.bids(d1.dseq),
      (b) => b.length > 0,
    );
    await sleep(1500); // a few more bid rounds: nobody else may bid
    expect(bidders(await tenant.bids(d1.dseq))).toEqual(["provider-1"]);
    const bid = bids[0] as Bid;
    expect(Number(bid.price)).toBeLessThanOrEqual(50_000);

    const manifestUrl = `${p1.hostUri}/deployment/${d1.dseq}/manifest`;
    const send = async (token: string | undefined, body = d1.manifest, url = manifestUrl) =>
      request(url, { method: "PUT", token, body });
    const full = await tenant.token({ scope: ["send-manifest", "status", "logs", "events", "shell"] });
    expect(await send(full)).toMatchObject({ status: 404, body: "no lease for deployment\n" });

    await tenant.createLease(d1.dseq, bid);
    expect(await send(undefined)).toMatchObject({ status: 401, body: '{"message":"unauthorized access"}' });
    expect(await send("x.y.z")).toMatchObject({ status: 401, body: '{"message":"JWT is invalid"}' });
    expect(await send(await tenant.token({ scope: ["status"] }))).toMatchObject({ status: 401 });
    const tampered = d1.manifest.replace("vllm/vllm-openai:v0.6.4", "vllm/vllm-openai:v0.6.5");
    expect(await send(full, tampered)).toMatchObject({
      status: 422,
      body: "manifest version validation failed\n",
    });
    const otherProvider = `${provider("provider-2").hostUri}/deployment/${d1.dseq}/manifest`;
    expect(await send(full, d1.manifest, otherProvider)).toMatchObject({
      status: 404,
      body: "no lease for deployment\n",
    });
    const shortLived = await tenant.token({
      scope: ["send-manifest"],
      exp: Math.floor(Date.now() / 1000) + 1,
    });
    await sleep(2100);
    expect(await send(shortLived)).toMatchObject({
      status: 400,
      body: '{"message":"JWT has invalid claims"}',
    });
    await setFault("provider-1", { kind: "reject-manifests" });
    expect(await send(full)).toMatchObject({
      status: 422,
      body: expect.stringContaining("manifest rejected"),
    });
    await setFault("provider-1", null);
    expect(await send(full)).toMatchObject({ status: 200 });

    const lease = `${p1.hostUri}/lease/${d1.dseq}/1/1`;
    type Status = { services: Record<string, { ready_replicas: number; uris: string[] | null }> };
    const status = await eventually(
      "the service to be ready",
      async () => JSON.parse((await request(`${lease}/status`, { token: full })).body) as Status,
      (s) => s.services.llm?.ready_replicas === 1,
    );
    const uri = status.services.llm?.uris?.[0] ?? "";
    expect(await (await fetch(`http://${uri}/`)).text()).toContain("vllm/vllm-openai:v0.6.4");
    const logs = await collect(`${lease}/logs?follow=true&tail=5`, full, { max: 6, ms: 8000 });
    expect(logs.frames.length).toBeGreaterThanOrEqual(6);
    expect(String(logs.frames[0])).toMatch(/^\{"name":"llm-[a-z]+-[a-z]+","message":".+"\}$/);

    // The same 8×H100 order again: provider-1's GPUs are leased, so it stays silent...
    const d2 = await tenant.createDeployment(gpuSdl("ollama/ollama:0.5.7"), 1002);
    await sleep(2000);
    expect(await tenant.bids(d2.dseq)).toEqual([]);
    // ...until the first deployment closes and its inventory is released.
    await tenant.closeDeployment(d1.dseq);
    const again = await eventually(
      "provider-1 to bid once its GPUs are free",
      () => tenant.bids(d2.dseq),
      (b) => b.length > 0,
    );
    expect(bidders(again)).toEqual(["provider-1"]);
    await eventually(
      "the closed lease's workloads to go",
      async () => (await request(`${lease}/status`, { token: full })).status,
      (s) => s === 404,
    );
    await expect(fetch(`http://${uri}/`)).rejects.toThrow();
    await tenant.closeDeployment(d2.dseq);
  });

  it("offers in each bid the GPU model it will allocate, and runs the workload on that model", async () => {
    // The SDL accepts an H100 or an A100: provider-1 has H100s, provider-2 A100s and RTX 4090s.
    const sdl = gpuSdl("ollama/ollama:0.5.7", {
      units: 1,
      models: [
        { model: "h100", ram: "80Gi" },
        { model: "a100", ram: "80Gi" },
      ],
    });
    const d = await tenant.createDeployment(sdl, 1020);
    const bids = await eventually(
      "two GPU bids",
      () => tenant.bids(d.dseq),
      (b) => b.length === 2,
    );
    type Offer = { resources: { gpu: { units: { val: string }; attributes: unknown[] } }; count: number };
    const raw = (await tenant.rest(
      `/akash/market/v1beta5/bids/list?filters.owner=${tenant.address}&filters.dseq=${d.dseq}`,
    )) as { bids: { bid: { id: { provider: string }; resources_offer: Offer[] } }[] };
    const offered = (name: string) =>
      raw.bids.find((b) => b.bid.id.provider === provider(name).address)?.bid.resources_offer;
    // As provider-services: the one model reserved (with the RAM the SDL named), not the list asked for.
    expect(offered("provider-1")).toEqual([
      expect.objectContaining({
        count: 1,
        resources: expect.objectContaining({
          gpu: {
            units: { val: "1" },
            attributes: [{ key: "vendor/nvidia/model/h100/ram/80Gi", value: "true" }],
          },
        }),
      }),
    ]);
    expect(offered("provider-2")?.[0]?.resources.gpu.attributes).toEqual([
      { key: "vendor/nvidia/model/a100/ram/80Gi", value: "true" },
    ]);

    const a100 = bids.find((b) => b.provider === provider("provider-2").address) as Bid;
    await tenant.createLease(d.dseq, a100);
    const token = await tenant.token();
    const host = provider("provider-2").hostUri;
    const put = await request(`${host}/deployment/${d.dseq}/manifest`, {
      method: "PUT",
      token,
      body: d.manifest,
    });
    expect(put.status).toBe(200);
    const logs = await collect(`${host}/lease/${d.dseq}/1/1/logs?follow=true&tail=50`, token, {
      max: 30,
      ms: 8000,
    });
    const text = logs.frames.map(String).join("\n");
    expect(text).toContain("NVIDIA A100");
    expect(text).not.toContain("NVIDIA H100");
    await tenant.closeDeployment(d.dseq);
  });

  it("bids only where placement attributes and signed_by auditors allow, at different prices", async () => {
    const anywhere = await tenant.createDeployment(cpuSdl(), 1003);
    const all = await eventually(
      "three CPU bids",
      () => tenant.bids(anywhere.dseq),
      (b) => b.length === 3,
    );
    expect(new Set(all.map((b) => b.price)).size).toBe(3);
    const auditor = net.info.accounts.find((a) => a.name === "auditor")?.address ?? "";
    const audited = await tenant.createDeployment(cpuSdl({ signedBy: auditor }), 1004);
    await eventually(
      "audited bids",
      () => tenant.bids(audited.dseq),
      (b) => b.length === 2,
    );
    await sleep(1000);
    expect(bidders(await tenant.bids(audited.dseq))).toEqual(["provider-1", "provider-3"]);
    const west = await tenant.createDeployment(cpuSdl({ region: "us-west" }), 1005);
    await eventually(
      "a us-west bid",
      () => tenant.bids(west.dseq),
      (b) => b.length === 1,
    );
    await sleep(1000);
    expect(bidders(await tenant.bids(west.dseq))).toEqual(["provider-2"]);
  });

  it("withdraws lease earnings periodically; a lease whose escrow runs dry closes and its workloads go", async () => {
    type Leases = {
      leases: { lease: { state: string }; escrow_payment: { state: { withdrawn?: { amount: string } } } }[];
    };
    const leases = async (dseq: number) =>
      (await tenant.rest(
        `/akash/market/v1beta5/leases/list?filters.owner=${tenant.address}&filters.dseq=${dseq}`,
      )) as Leases;
    const token = await tenant.token();
    const lease = async (sdl: string, dseq: number, deposit: string, who: string) => {
      const d = await tenant.createDeployment(sdl, dseq, deposit);
      const bids = await eventually(
        `a bid from ${who}`,
        () => tenant.bids(d.dseq),
        (b) => b.some((x) => x.provider === provider(who).address),
      );
      const bid = bids.find((x) => x.provider === provider(who).address) as Bid;
      await tenant.createLease(d.dseq, bid);
      const put = await request(`${provider(who).hostUri}/deployment/${d.dseq}/manifest`, {
        method: "PUT",
        token,
        body: d.manifest,
      });
      expect(put.status).toBe(200);
      return d;
    };
    const steady = await lease(cpuSdl({ region: "ap-southeast" }), 1011, "5000000", "provider-3");
    // 0.5 ACT at provider-1's ~5k uact per block for 8×H100 lasts about 100 blocks (20 s here).
    const dry = await lease(gpuSdl(), 1010, "500000", "provider-1");
    const closed = await eventually(
      "the lease to close for lack of funds",
      () => leases(dry.dseq),
      (l) => l.leases[0]?.lease.state !== "active",
      45_000,
    );
    expect(closed.leases[0]?.lease.state).toBe("insufficient_funds");
    const p1Lease = `${provider("provider-1").hostUri}/lease/${dry.dseq}/1/1/status`;
    await eventually(
      "its workloads to go",
      async () => (await request(p1Lease, { token })).status,
      (s) => s === 404,
    );
    // provider-3 withdraws every withdrawal period (10 s here) while its lease stays active.
    const paid = await eventually(
      "a withdrawal",
      () => leases(steady.dseq),
      (l) => Number(l.leases[0]?.escrow_payment.state.withdrawn?.amount ?? 0) > 0,
      15_000,
    );
    expect(paid.leases[0]?.lease.state).toBe("active");
  }, 90_000);

  it("stops bidding and goes offline on demand", async () => {
    await setFault("provider-3", { kind: "stop-bidding" });
    const quiet = await tenant.createDeployment(cpuSdl(), 1006);
    await eventually(
      "two bids",
      () => tenant.bids(quiet.dseq),
      (b) => b.length === 2,
    );
    await sleep(1000);
    expect(bidders(await tenant.bids(quiet.dseq))).toEqual(["provider-1", "provider-2"]);
    await setFault("provider-3", null);
    await eventually(
      "provider-3 to bid again",
      () => tenant.bids(quiet.dseq),
      (b) => b.length === 3,
    );

    const p2 = provider("provider-2");
    await setFault("provider-2", { kind: "offline" });
    await expect(request(`${p2.hostUri}/version`)).rejects.toThrow();
    await setFault("provider-2", { kind: "slow", delayMs: 300 });
    const t0 = Date.now();
    expect((await request(`${p2.hostUri}/version`)).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    await setFault("provider-2", null);
  });
});
