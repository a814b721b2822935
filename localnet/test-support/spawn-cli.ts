// Runs `localnet/cli.ts` as a child process (node --import tsx, so signals reach it) and resolves
// with the parsed LOCALNET_READY line. Used by the CLI test and the benchmarks.

import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { LocalnetInfo } from "../index.ts";

export interface SpawnedLocalnet {
  child: ChildProcess;
  info: LocalnetInfo;
  readyMs: number;
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
    stop: async () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
