// Runs `localnet/cli.ts` as a child process (node --import tsx, so signals reach it) and resolves
// with the parsed LOCALNET_READY line. Used by the CLI test and the benchmarks.

import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LocalnetInfo } from "../index.ts";

/** CPU time (user + system) a process has used so far, from /proc (Linux). */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  // utime and stime are fields 14 and 15 of stat, i.e. 11 and 12 after "pid (comm) "
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

export interface SpawnedLocalnet {
  child: ChildProcess;
  info: LocalnetInfo;
  readyMs: number;
  /** CPU the CLI process used until ready: wall time on a busy machine says little */
  readyCpuMs: number;
  stop(): Promise<number | null>;
}

const repoRoot = join(import.meta.dirname, "..", "..");

export async function spawnLocalnet(args: string[], timeoutMs = 60_000): Promise<SpawnedLocalnet> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "localnet/cli.ts", ...args], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const info = await new Promise<LocalnetInfo>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`localnet not ready after ${timeoutMs} ms: ${err}`)),
      timeoutMs,
    );
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n").find((l) => l.startsWith("LOCALNET_READY "));
      if (!line) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice("LOCALNET_READY ".length)) as LocalnetInfo);
    });
    void exited.then((code) => reject(new Error(`localnet exited with ${String(code)}: ${err}`)));
  });
  return {
    child,
    info,
    readyMs: performance.now() - started,
    readyCpuMs: cpuMs(child.pid),
    stop: async () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
