// receipts-verify: ms to verify a chain of 10,000 receipts (every hash recomputed, every link and
// completion checked), as the panel's Verify button and the Node script do. Target under 1000 ms.
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { sampleChain } from "../src/features/receipts/testing/sample-chain.ts";
import { verifyChain } from "../src/features/receipts/core/verify.ts";
import type { BenchResult } from "./lib/types";

const ATTEMPTS = 5_000; // two receipts each

export default async function run(): Promise<BenchResult[]> {
  const chain = await sampleChain(ATTEMPTS);
  // Verify what a reader gets: parsed JSON, not the objects that built it.
  const parsed = JSON.parse(JSON.stringify(chain)) as unknown[];
  await verifyChain(parsed.slice(0, 200)); // warm up the JIT
  const cpu = process.cpuUsage();
  const start = performance.now();
  const verdict = await verifyChain(parsed);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (!verdict.ok) throw new Error(`The sample chain does not verify: ${verdict.problem}`);
  return [
    {
      bench: "receipts-verify",
      value: Math.round(ms),
      unit: "ms",
      target: 1000,
      receipts: verdict.count,
      // CPU time of this process (all threads): shows how much of the wall time was waiting on a busy machine.
      cpuMs: Math.round((used.user + used.system) / 1000),
      loadAverage: Math.round(loadavg()[0]! * 10) / 10,
    },
  ];
}
