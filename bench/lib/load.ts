// Load helpers for the proxy benchmarks: a fixed number of workers relaying in a loop until
// told to stop, percentiles, and a process's resident memory.
import { readFileSync } from "node:fs";
import type { RelayOutcome } from "./proxy-clients";

export interface LoadRun {
  outcomes: RelayOutcome[];
  stop(): Promise<void>;
}

/** `concurrency` workers each running `relay` back to back until stop(). */
export function runLoad(concurrency: number, relay: () => Promise<RelayOutcome>): LoadRun {
  const outcomes: RelayOutcome[] = [];
  let running = true;
  const workers = Array.from({ length: concurrency }, async () => {
    while (running) outcomes.push(await relay());
  });
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Resident set size of a process in KiB, from /proc (Linux). */
export function rssKiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : 0;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
