import { Secp256k1HdWallet } from "@cosmjs/amino";
import { JwtTokenManager } from "@akashnetwork/chain-sdk/web";
import { X509Certificate } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { certificateManager } from "@akashnetwork/chain-sdk/web";
import type { ProviderFault } from "../contract.ts";
import { createLogger } from "../logger.ts";
import { collect, request } from "../testing/providerClient.ts";
import { LeaseWorkload } from "../workloads/leaseWorkload.ts";
import { createAuthenticator } from "./authenticate.ts";
import { leaseKey } from "./context.ts";
import { type Gateway, startGateway } from "./server.ts";
import { WebSocket } from "ws";
import { SHELL_RESULT, SHELL_STDOUT } from "./shell-frames.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function setup() {
  const tenant = await Secp256k1HdWallet.generate(12, { prefix: "akash" });
  const [account] = await tenant.getAccounts();
  if (!account) throw new Error("no account");
  const provider = "akash1provider0000000000000000000000000000";
  let fault: ProviderFault | null = null;
  const workload = new LeaseWorkload(
    { owner: account.address, dseq: "42", gseq: 1, oseq: 1, provider, gpuModel: "" },
    {
      name: "dc",
      services: [
        {
          name: "web",
          image: "nginx:1.27",
          count: 2,
          expose: [{ port: 80, externalPort: 80, proto: "TCP", service: "", global: true }],
          resources: { id: 1 },
        },
        { name: "db", image: "postgres:16", count: 1, expose: [], resources: { id: 2 } },
      ],
    },
    // as the provider wires it: the idle-drop fault makes the services fall quiet
    { quiet: () => fault?.kind === "idle-drop" },
  );
  await workload.start();
  const clientCert = await certificateManager.generatePEM(account.address);
  const clientSerial = BigInt("0x" + new X509Certificate(clientCert.cert).serialNumber).toString(10);
  const tls = await certificateManager.generatePEM(provider);
  const gateway: Gateway = await startGateway(
    {
      address: provider,
      log: createLogger("test", "error"),
      fault: () => fault,
      authenticate: createAuthenticator(
        async (a) => (a === account.address ? account.pubkey : null),
        async (owner, serial) =>
          owner === account.address && serial === clientSerial ? clientCert.cert : null,
      ),
      workload: (key) => (key === leaseKey(account.address, 42, 1, 1) ? workload : undefined),
      manifestOf: () => undefined,
      submitManifest: async () => ({ status: 404, message: "no lease for deployment" }),
      providerStatus: () => ({ address: provider }),
    },
    { ...tls, serial: "1", expiresAt: new Date() },
    0,
  );
  cleanups.push(
    () => workload.stop(),
    () => gateway.close(),
  );
  const base = `https://127.0.0.1:${gateway.port}`;
  const jwt = new JwtTokenManager(tenant);
  const token = (scope?: ("status" | "logs" | "events" | "shell" | "send-manifest")[]) =>
    jwt.generateToken({
      version: "v1",
      iss: account.address,
      leases: scope ? { access: "scoped", scope } : { access: "full" },
    });
  return {
    base,
    lease: `${base}/lease/42/1/1`,
    token,
    workload,
    clientCert,
    setFault: (f: ProviderFault | null) => (fault = f),
  };
}

const waitFor = async <T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 150));
  }
};

describe("provider gateway", () => {
  it("answers /version, /address and /status without a token", async () => {
    const { base } = await setup();
    expect(JSON.parse((await request(`${base}/address`)).body)).toEqual({
      address: "akash1provider0000000000000000000000000000",
    });
    expect(JSON.parse((await request(`${base}/version`)).body)).toHaveProperty("akash.version");
    expect((await request(`${base}/status`)).status).toBe(200);
  });

  it("refuses lease routes like the provider: no token, bad header, garbage token, missing scope", async () => {
    const { lease, token } = await setup();
    expect(await request(`${lease}/status`)).toMatchObject({
      status: 401,
      body: '{"message":"unauthorized access"}',
    });
    const basic = await request(`${lease}/status`, { headers: { authorization: "Basic abc" } });
    expect(basic).toMatchObject({ status: 400, body: '{"message":"invalid authorization header"}' });
    expect(await request(`${lease}/status`, { token: "a.b.c" })).toMatchObject({
      status: 401,
      body: '{"message":"JWT is invalid"}',
    });
    expect(await request(`${lease}/status`, { token: await token(["logs"]) })).toMatchObject({ status: 401 });
    expect((await request(`${lease.replace("/42/", "/43/")}/status`, { token: await token() })).status).toBe(
      404,
    );
  });

  it("reports replicas coming up to ready with a URI that serves a page", async () => {
    const { lease, token } = await setup();
    const t = await token(["status"]);
    const status = await waitFor(
      async () =>
        JSON.parse((await request(`${lease}/status`, { token: t })).body) as {
          services: Record<string, { ready_replicas: number; uris: string[] | null }>;
        },
      (s) => s.services.web?.ready_replicas === 2 && s.services.db?.ready_replicas === 1,
    );
    expect(status.services.web).toMatchObject({ total: 2, available: 2, replicas: 2 });
    const uri = status.services.web?.uris?.[0] ?? "";
    const page = await fetch(`http://${uri}/`);
    expect(await page.text()).toContain("nginx:1.27");
    const svc = await request(`${lease}/service/db/status`, { token: t });
    expect(JSON.parse(svc.body)).toMatchObject({ name: "db", total: 1 });
  });

  it("streams logs with tail, service filter and follow, and k8s events", async () => {
    const { lease, token, workload } = await setup();
    await waitFor(
      async () => workload.logs.length,
      (n) => n > 8,
    );
    const t = await token(["logs", "events"]);
    const tail = await collect(`${lease}/logs?tail=2&service=db`, t);
    expect(tail.closeCode).toBe(1000);
    expect(tail.frames).toHaveLength(2);
    const frame = JSON.parse(String(tail.frames[0])) as { name: string; message: string };
    expect(frame.name).toMatch(/^db-[a-z]+-[a-z]+$/);
    const follow = await collect(`${lease}/logs?follow=true&tail=0`, t, { max: 2, ms: 6000 });
    expect(follow.frames.length).toBeGreaterThanOrEqual(2);
    const events = await collect(`${lease}/kubeevents`, t);
    const reasons = events.frames.map((f) => (JSON.parse(String(f)) as { reason: string }).reason);
    expect(reasons).toEqual(
      expect.arrayContaining(["ScalingReplicaSet", "Scheduled", "Pulling", "Pulled", "Created", "Started"]),
    );
    const noScope = await collect(`${lease}/logs`, await token(["status"]));
    expect(noScope.upgradeStatus).toBe(401);
  });

  it("rolls a manifest update out like the provider: same URI and ports, new pods and image, old logs end", async () => {
    const { lease, token, workload } = await setup();
    const t = await token(["status", "logs", "events"]);
    type Status = {
      services: Record<
        string,
        {
          ready_replicas: number;
          updated_replicas: number;
          observed_generation: number;
          uris: string[] | null;
        }
      >;
    };
    const status = async () => JSON.parse((await request(`${lease}/status`, { token: t })).body) as Status;
    const before = await waitFor(status, (s) => s.services.web?.ready_replicas === 2);
    const uri = before.services.web?.uris?.[0] ?? "";
    const oldPods = workload.services.find((s) => s.name === "web")?.pods ?? [];
    const following = collect(`${lease}/logs?follow=true&tail=0&service=web`, t, { ms: 10_000 });

    const [web, db] = workload.manifestGroup.services;
    await workload.update({ name: "dc", services: [{ ...web!, image: "nginx:1.28" }, db!] });
    // The old pods serve until the new ones are ready: the URI never stops answering.
    expect((await fetch(`http://${uri}/`)).status).toBe(200);
    const after = await waitFor(
      status,
      (s) => s.services.web?.observed_generation === 2 && s.services.web.updated_replicas === 2,
    );
    expect(after.services.web).toMatchObject({ uris: [uri], ready_replicas: 2, updated_replicas: 2 });
    expect(after.services.db?.observed_generation).toBe(1); // unchanged, not restarted
    expect(await (await fetch(`http://${uri}/`)).text()).toContain("nginx:1.28");

    const newPods = workload.services.find((s) => s.name === "web")?.pods ?? [];
    expect(newPods).toHaveLength(2);
    expect(newPods.some((p) => oldPods.includes(p))).toBe(false);
    // A log stream follows the pods that existed when it opened: it ends once they are gone.
    const ended = await following;
    expect(ended.closeCode).toBe(1000);
    const events = await collect(`${lease}/kubeevents`, t);
    const notes = events.frames.map((f) => JSON.parse(String(f)) as { reason: string; note: string });
    expect(notes).toContainEqual(
      expect.objectContaining({ reason: "Pulling", note: 'Pulling image "nginx:1.28"' }),
    );
    expect(notes.filter((n) => n.reason === "Killing")).toHaveLength(2);
  });

  it("runs an exec with the binary framing: stdout, then the result, then the connection drops", async () => {
    const { lease, token, workload } = await setup();
    await waitFor(
      async () => workload.services[0]?.ready ?? 0,
      (n) => n > 0,
    );
    const res = await collect(
      `${lease}/shell?cmd0=echo&cmd1=hello&service=web&tty=0&stdin=0&podIndex=0`,
      await token(["shell"]),
    );
    const [out, result] = res.frames as Buffer[];
    expect(out?.[0]).toBe(SHELL_STDOUT);
    expect(out?.subarray(1).toString()).toBe("hello\n");
    expect(result?.[0]).toBe(SHELL_RESULT);
    expect(result?.subarray(1).toString()).toBe('{"exit_code":0}\n');
    // gorilla's Conn.Close: no close frame.
    expect(res.closeCode).toBe(1006);
  });

  it("answers like the provider when the shell cannot run", async () => {
    const { lease, token, workload } = await setup();
    await waitFor(
      async () => workload.services.every((s) => s.ready === s.count),
      (ok) => ok,
    );
    const t = await token(["shell"]);
    const message = async (query: string) => {
      const res = await collect(`${lease}/shell?${query}`, t);
      if (res.upgradeStatus) return res.upgradeStatus;
      return JSON.parse((res.frames.at(-1) as Buffer).subarray(1).toString()) as unknown;
    };
    expect(await message("cmd0=ls&service=web&tty=0&stdin=0")).toBe(400);
    expect(await message("cmd0=ls&service=web&tty=0&stdin=0&podIndex=x")).toBe(400);
    expect(await message("cmd0=ls&service=web&tty=0&stdin=0&podIndex=2")).toEqual({
      exit_code: 0,
      message: "remote command execute error: pod index out of range: valid range is [0, 1]",
    });
    expect(await message("cmd0=ls&service=api&tty=0&stdin=0&podIndex=0")).toEqual({
      exit_code: 0,
      message: "kube: no service for that lease",
    });
    expect(await message("cmd0=nmap&service=web&tty=0&stdin=0&podIndex=0")).toEqual({
      exit_code: 0,
      message: "remote command execute error: command could not be executed because it does not exist",
    });
    expect(await message("cmd0=cat&cmd1=/nope&service=web&tty=0&stdin=0&podIndex=0")).toEqual({
      exit_code: 1,
    });
    expect(
      await collect(`${lease}/shell?cmd0=ls&service=web&tty=0&stdin=0&podIndex=0`, await token(["logs"])),
    ).toMatchObject({ upgradeStatus: 401 });
  });

  it("keeps an interactive TTY shell: echo, resize, files that stay, exit code", async () => {
    const { lease, token, workload } = await setup();
    await waitFor(
      async () => workload.services[0]?.ready ?? 0,
      (n) => n > 1,
    );
    const url = `${lease}/shell?cmd0=sh&cmd1=-c&cmd2=${encodeURIComponent("command -v bash >/dev/null 2>&1 && exec bash || exec sh")}&service=web&tty=1&stdin=1&podIndex=1`;
    const ws = new WebSocket(url.replace(/^https/, "wss"), {
      rejectUnauthorized: false,
      headers: { authorization: `Bearer ${await token(["shell"])}` },
    });
    let screen = "";
    let result = "";
    ws.on("message", (d: Buffer) => {
      if (d[0] === SHELL_STDOUT) screen += d.subarray(1).toString();
      if (d[0] === SHELL_RESULT) result = d.subarray(1).toString();
    });
    const closed = new Promise((r) => ws.on("close", r));
    await new Promise((r) => ws.once("open", r));
    const type = (text: string) => ws.send(Buffer.concat([Buffer.from([104]), Buffer.from(text)]));
    const until = (re: RegExp) =>
      waitFor(
        async () => screen,
        (s) => re.test(s),
        4000,
      );
    await until(/root@web-[a-z-]+:\/# $/);
    ws.send(Buffer.from([105, 0, 132, 0, 43]));
    type("stty sizx\u007fe\r");
    await until(/43 132\r\n/);
    type("echo kept > /tmp/k; exit 4\r");
    await closed;
    expect(screen).toContain("stty sizx\b \be\r\n");
    expect(result).toBe('{"exit_code":4}\n');
    const pod = workload.container("web", 1);
    expect(
      "pod" in pod &&
        pod
          .shell(() => ({ cols: 1, rows: 1 }))
          .ctx.fs.read("/tmp/k")
          .toString(),
    ).toBe("kept\n");
  });

  it("accepts an on-chain client certificate (mTLS), refuses an unknown one or one used with a JWT", async () => {
    const { lease, token, clientCert } = await setup();
    const mtls = { cert: clientCert.cert, key: clientCert.privateKey };
    expect((await request(`${lease}/status`, mtls)).status).toBe(200);
    const unknown = await certificateManager.generatePEM("akash1provider0000000000000000000000000000");
    expect((await request(`${lease}/status`, { cert: unknown.cert, key: unknown.privateKey })).status).toBe(
      401,
    );
    const both = await request(`${lease}/status`, { ...mtls, token: await token() });
    expect(both).toMatchObject({ status: 400, body: expect.stringContaining("ambiguous") });
  });

  it("tails each pod, and cuts a stream that stayed idle under the idle-drop fault, then refuses for holdMs", async () => {
    const { lease, token, workload, setFault } = await setup();
    await waitFor(
      async () => new Set(workload.logs.map((l) => l.name)).size,
      (n) => n === 3,
    );
    const t = await token(["logs"]);
    const tail = await collect(`${lease}/logs?tail=1`, t);
    expect(new Set(tail.frames.map((f) => (JSON.parse(String(f)) as { name: string }).name)).size).toBe(3);
    expect(tail.frames).toHaveLength(3);
    setFault({ kind: "idle-drop", idleMs: 300, holdMs: 1500 });
    const quietFrom = workload.logs.length;
    const cut = await collect(`${lease}/logs?follow=true&tail=0`, t, { ms: 5000 });
    expect(cut.closeCode).toBe(1006);
    expect(workload.logs.length).toBe(quietFrom);
    expect((await collect(`${lease}/logs?follow=true&tail=0`, t)).upgradeStatus).toBe(503);
    setFault(null);
  });

  it("goes offline and slow on demand", async () => {
    const { base, setFault } = await setup();
    setFault({ kind: "offline" });
    await expect(request(`${base}/version`)).rejects.toThrow();
    setFault({ kind: "slow", delayMs: 400 });
    const started = Date.now();
    expect((await request(`${base}/version`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    setFault(null);
  });
});
