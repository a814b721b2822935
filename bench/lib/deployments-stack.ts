// The stack the deployments benchmarks measure: an in-process local network (fast blocks, no
// simulated providers, so 10,000 orders do not set off 30,000 bids), one owner seeded with
// DEPLOYMENTS_BENCH_COUNT (10,000) deployments in batched transactions signed with cosmjs,
// the built app served by the real console server, and Chromium. Started once per process and
// shared by deployments-requests, -render and -filter; torn down when the process exits.
import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "@playwright/test";
import { startLocalnet } from "../../localnet/index.ts";
import { createConsoleServer } from "../../server/app.ts";
import { runViteBuild } from "../../server/build-if-needed.ts";
import { buildRuntimeConfig } from "../../server/runtime-config.ts";
import { connectTenant, type Tenant } from "../../e2e/support/chain.ts";
import { findChromium } from "../../e2e/support/find-chromium.ts";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const SEED_COUNT = Number(process.env.DEPLOYMENTS_BENCH_COUNT ?? 10_000);
const BATCH = 250;

export interface DeploymentsStack {
  url: string;
  owner: string;
  count: number;
  seedSeconds: number;
  browser: Browser;
}

let running: Promise<DeploymentsStack> | null = null;
const cleanups: Array<() => Promise<void>> = [];

/** A busy 2-core machine can drop a connection mid-batch: retry unless the batch landed. */
async function createWithRetry(tenant: Tenant, dseqs: number[], attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await tenant.createDeployments(dseqs, undefined, "500000");
    } catch (err) {
      if (attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 2000));
      const landed = await tenant
        .rest(`/akash/deployment/v1beta4/deployments/info?id.owner=${tenant.address}&id.dseq=${dseqs[0]}`)
        .then(() => true)
        .catch(() => false);
      if (landed) return;
    }
  }
}

async function seed(
  localnet: Awaited<ReturnType<typeof startLocalnet>>,
): Promise<{ owner: string; seconds: number }> {
  const account = localnet.info.accounts.find((a) => a.name === "tenant-2");
  if (!account) throw new Error("the local network has no tenant-2 account");
  const tenant = await connectTenant({
    mnemonic: account.mnemonic,
    rpc: localnet.info.rpc,
    rest: localnet.info.rest,
  });
  const started = Date.now();
  for (let first = 1; first <= SEED_COUNT; first += BATCH) {
    const dseqs = Array.from({ length: Math.min(BATCH, SEED_COUNT - first + 1) }, (_, i) => first + i);
    await createWithRetry(tenant, dseqs);
  }
  tenant.disconnect();
  return { owner: tenant.address, seconds: (Date.now() - started) / 1000 };
}

async function start(): Promise<DeploymentsStack> {
  const dir = await mkdtemp(join(tmpdir(), "bench-deployments-"));
  // The runner exits the process after the last benchmark: the temp dir goes with it.
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const distDir = join(dir, "dist");
  // Built before the chain starts: a build and 10,000 signatures at once starve a 2-core machine.
  await runViteBuild(root, distDir);
  const localnet = await startLocalnet({
    dataDir: join(dir, "localnet"),
    reset: true,
    blockTimeMs: 200,
    rpcPort: 0,
    restPort: 0,
    adminPort: 0,
    relayPort: 0,
    providers: 0,
    snapshotIntervalMs: 3_600_000,
  });
  cleanups.unshift(() => localnet.stop());
  const { owner, seconds } = await seed(localnet);
  const server = createConsoleServer({
    distDir,
    runtimeConfig: buildRuntimeConfig({ localnet: localnet.info }),
    localWallet: null,
  });
  const url = await server.listen(0);
  cleanups.unshift(() => server.close());
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  cleanups.unshift(() => browser.close());
  return { url, owner, count: SEED_COUNT, seedSeconds: seconds, browser };
}

export function deploymentsStack(): Promise<DeploymentsStack> {
  running ??= start();
  return running;
}

/** Stops what deploymentsStack started (the runner's exit also ends it). */
export async function stopDeploymentsStack(): Promise<void> {
  for (const cleanup of cleanups.splice(0)) await cleanup().catch(() => undefined);
  running = null;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
