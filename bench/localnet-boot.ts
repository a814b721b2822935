// localnet-boot: milliseconds from starting `localnet/cli.ts` (a fresh data dir, so mnemonics are
// generated and genesis applied) to its LOCALNET_READY line. Target < 2000 ms. Also reports a
// restart from a snapshot, the in-process startLocalnet time without module loading, and the CPU
// the CLI used until ready (wall time is only meaningful on an otherwise idle machine).
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalnet } from "../localnet/index.ts";
import { spawnLocalnet } from "../localnet/test-support/spawn-cli.ts";
import type { BenchResult } from "./lib/types.ts";

const args = (dir: string) => [
  "--data-dir",
  dir,
  "--providers",
  process.env.LOCALNET_BENCH_PROVIDERS ?? "0",
  "--rpc-port",
  "0",
  "--rest-port",
  "0",
  "--admin-port",
  "0",
  "--provider-base-port",
  "0",
  "--relay-port",
  "0",
];

export default async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-boot-"));
  try {
    const fresh = await spawnLocalnet(args(dir));
    await fresh.stop();
    const restart = await spawnLocalnet(args(dir));
    await restart.stop();
    const inProcDir = mkdtempSync(join(tmpdir(), "bench-boot-inproc-"));
    const t0 = performance.now();
    const net = await startLocalnet({
      dataDir: inProcDir,
      providers: 0,
      rpcPort: 0,
      restPort: 0,
      adminPort: 0,
      relayPort: 0,
    });
    const inProcessMs = performance.now() - t0;
    await net.stop();
    rmSync(inProcDir, { recursive: true, force: true });
    return [
      {
        bench: "localnet-boot",
        value: Math.round(fresh.readyMs),
        unit: "ms",
        target: 2000,
        cpuMs: Math.round(fresh.readyCpuMs),
        restartMs: Math.round(restart.readyMs),
        inProcessMs: Math.round(inProcessMs),
        providers: Number(process.env.LOCALNET_BENCH_PROVIDERS ?? "0"),
        loadAverage: Math.round(loadavg()[0] ?? 0),
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
