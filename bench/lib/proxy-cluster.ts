// A scaled-out console for the proxy benchmarks and the scale-out test: the local network in its
// own process (one GPU provider) with a running lease, N console server processes
// (`server/serve.ts`, proxy only, configured from the environment like any deployment) and the
// small balancer in front of them. Clients speak to the balancer only.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnLocalnet, type SpawnedLocalnet } from "../../localnet/test-support/spawn-cli";
import { request } from "../../localnet/providers/testing/providerClient";
import { gpuSdl } from "../../localnet/providers/testing/sdl";
import { createTenant, eventually, type Bid } from "../../localnet/providers/testing/tenant";
import { startBalancer, type Balancer } from "./balancer";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const EXIT_WITH_PARENT = pathToFileURL(join(root, "server/exit-with-parent.ts")).href;

export interface Instance {
  url: string;
  child: ChildProcess;
  pid: number;
  exited: Promise<number | null>;
  /** the instance's JSON log lines, parsed */
  events: Record<string, unknown>[];
}

export interface Lease {
  network: "local";
  provider: string;
  hostUri: string;
  dseq: number;
  token: string;
}

export interface ProxyCluster {
  url: string;
  balancer: Balancer;
  instances: Instance[];
  lease: Lease;
  localnet: SpawnedLocalnet;
  close(): Promise<void>;
}

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", EXIT_WITH_PARENT, "server/serve.ts"],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["pipe", "ignore", "pipe"],
    },
  );
  const events: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error("a console instance did not start in 60 s")), 60_000);
    createInterface({ input: child.stderr! }).on("line", (line) => {
      let event: Record<string, unknown>;
      try {
        event = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      // Relay lines are many under load; keep the lifecycle ones.
      if (event.event !== "proxy.relay") events.push(event);
      if (event.event === "server.listening") {
        clearTimeout(timer);
        done(String(event.url));
      }
    });
    void exited.then((code) => fail(new Error(`a console instance exited (${code}) before listening`)));
  });
  return { url, child, pid: child.pid ?? 0, exited, events };
}

async function runLease(localnet: SpawnedLocalnet): Promise<Lease> {
  const account = localnet.info.accounts.find((a) => a.name === "tenant");
  const provider = localnet.info.providers[0];
  if (!account || !provider) throw new Error("the local network has no tenant or no provider");
  const tenant = await createTenant({
    mnemonic: account.mnemonic,
    rpc: localnet.info.rpc,
    rest: localnet.info.rest,
  });
  try {
    const dseq = 1000 + Math.floor(Math.random() * 1_000_000);
    const deployment = await tenant.createDeployment(gpuSdl(), dseq);
    const bids = await eventually(
      "a bid",
      () => tenant.bids(dseq),
      (b) => b.length > 0,
      30_000,
    );
    await tenant.createLease(dseq, bids[0] as Bid);
    const token = await tenant.token({ scope: ["send-manifest", "status", "logs", "events"] });
    const manifestUrl = `${provider.hostUri}/deployment/${dseq}/manifest`;
    await eventually(
      "the manifest to be accepted",
      () => request(manifestUrl, { method: "PUT", token, body: deployment.manifest }),
      (r) => r.status === 200,
      30_000,
    );
    await eventually(
      "the lease to run",
      () => request(`${provider.hostUri}/lease/${dseq}/1/1/status`, { token }),
      (r) => r.status === 200 && r.body.includes('"ready_replicas":1'),
      30_000,
    );
    return { network: "local", provider: provider.address, hostUri: provider.hostUri, dseq, token };
  } finally {
    tenant.disconnect();
  }
}

export async function startProxyCluster(
  opts: { instances?: number; env?: Record<string, string> } = {},
): Promise<ProxyCluster> {
  const dir = await mkdtemp(join(tmpdir(), "proxy-cluster-"));
  const localnet = await spawnLocalnet([
    ...["--data-dir", join(dir, "localnet"), "--reset", "--providers", "1", "--block-time-ms", "200"],
    ...["--rpc-port", "0", "--rest-port", "0", "--admin-port", "0", "--provider-base-port", "0"],
  ]);
  const instances: Instance[] = [];
  try {
    const lease = await runLease(localnet);
    const env = {
      PORT: "0",
      CONSOLE_DIST_DIR: "",
      CONSOLE_LOCALNET_FILE: join(dir, "localnet", "localnet.json"),
      CONSOLE_TRUSTED_PROXIES: "1",
      CONSOLE_DRAIN_DELAY_MS: "500",
      CONSOLE_DRAIN_TIMEOUT_MS: "15000",
      CONSOLE_LOG_LEVEL: "info",
      // One client (this process) drives everything; the limits are tested elsewhere.
      PROXY_RATE_LIMIT_PER_MINUTE: "0",
      PROXY_MAX_CONCURRENT_PER_CLIENT: "0",
      ...opts.env,
    };
    for (let i = 0; i < (opts.instances ?? 2); i++) instances.push(await startInstance(env));
    const balancer = await startBalancer(instances.map((i) => i.url));
    return {
      url: balancer.url,
      balancer,
      instances,
      lease,
      localnet,
      async close() {
        await balancer.close();
        for (const i of instances)
          if (i.child.exitCode === null && i.child.signalCode === null) i.child.kill("SIGKILL");
        await Promise.all(instances.map((i) => i.exited));
        await localnet.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    for (const i of instances) i.child.kill("SIGKILL");
    await localnet.stop();
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
