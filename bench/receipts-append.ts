// receipts-append: ms per append (begin) while a chain grows to 10,000 receipts, through the real
// store (lock, head re-read, redaction, RFC 8785 + SHA-256, IndexedDB add) on fake-indexeddb.
// Target under 5 ms. Also reports the slowest 1% (p99), which is what a user would notice.
import "fake-indexeddb/auto";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { sampleBegin } from "../src/features/receipts/testing/sample-chain.ts";
import { ReceiptStore } from "../src/features/receipts/store/receipt-store.ts";
import type { BenchResult } from "./lib/types";

const COUNT = 10_000;

export default async function run(): Promise<BenchResult[]> {
  const store = new ReceiptStore({ dbName: `bench-append-${Date.now()}`, channel: null });
  const inputs = Array.from({ length: 50 }, (_, i) => sampleBegin(i));
  const times: number[] = [];
  for (let i = 0; i < COUNT; i++) {
    const start = performance.now();
    await store.begin(inputs[i % inputs.length]!);
    times.push(performance.now() - start);
  }
  await store.close();
  const total = times.reduce((a, b) => a + b, 0);
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return [
    {
      bench: "receipts-append",
      value: round(total / COUNT),
      unit: "ms per append",
      target: 5,
      receipts: COUNT,
      p99: round(sorted[Math.floor(COUNT * 0.99)]!),
      last1000: round(times.slice(-1000).reduce((a, b) => a + b, 0) / 1000),
      loadAverage: Math.round(loadavg()[0]! * 10) / 10,
    },
  ];
}
