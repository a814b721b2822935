// proxy-relay-throughput: two console server processes (serve.ts, proxy only) behind the small
// balancer (bench/lib/balancer.ts), relaying to a running lease on the local network's provider.
// With PROXY_BENCH_STREAMS log streams open (default 200), PROXY_BENCH_CONCURRENCY clients
// (default 16) relay lease status back to back for PROXY_BENCH_SECONDS (default 10). Reports
// relays per second, p50/p99 latency, the instances' resident memory per open stream, the
// proxy's CPU per relay, and the same load sent straight to the provider for comparison.
// Everything (load, balancer, instances, chain, provider) shares this machine's cores: on a
// 2-core machine the provider's own per-request work (JWT check, TLS) is the ceiling.
import { loadavg } from "node:os";
import { cpuMs } from "../localnet/test-support/spawn-cli.ts";
import { request } from "../localnet/providers/testing/providerClient.ts";
import { startProxyCluster } from "./lib/proxy-cluster.ts";
import { openResumingStream, relayLeaseStatus } from "./lib/proxy-clients.ts";
import { percentile, rssKiB, runLoad, sleep } from "./lib/load.ts";
import type { RelayOutcome } from "./lib/proxy-clients.ts";
import type { BenchResult } from "./lib/types.ts";

const SECONDS = Number(process.env.PROXY_BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.PROXY_BENCH_CONCURRENCY ?? 16);
const STREAMS = Number(process.env.PROXY_BENCH_STREAMS ?? 200);

/** The same requests straight to the provider (no proxy, no balancer): the ceiling here. */
async function directRate(lease: Parameters<typeof relayLeaseStatus>[1]): Promise<number> {
  const url = `${lease.hostUri}/lease/${lease.dseq}/1/1/status`;
  const once = async (): Promise<RelayOutcome> => {
    const started = performance.now();
    const res = await request(url, { token: lease.token });
    return {
      ok: res.status === 200,
      status: res.status,
      providerStatus: res.status,
      ms: performance.now() - started,
    };
  };
  const load = runLoad(CONCURRENCY, once);
  const started = performance.now();
  await sleep(Math.min(5, SECONDS) * 1_000);
  await load.stop();
  return load.outcomes.filter((o) => o.ok).length / ((performance.now() - started) / 1_000);
}

export default async function run(): Promise<BenchResult[]> {
  const cluster = await startProxyCluster({ instances: 2 });
  try {
    const relay = () => relayLeaseStatus(cluster.url, cluster.lease);
    const memory = () => cluster.instances.reduce((sum, i) => sum + rssKiB(i.pid), 0);
    // Warm up: provider lookups cached, code paths compiled.
    await runLoad(4, relay).stop();
    const warm = runLoad(CONCURRENCY, relay);
    await sleep(2_000);
    await warm.stop();
    await sleep(1_000);

    const before = memory();
    const streams = Array.from({ length: STREAMS }, () => openResumingStream(cluster.url, cluster.lease));
    await Promise.all(streams.map((s) => s.opened(1, 60_000)));
    await sleep(2_000);
    const perStreamKiB = (memory() - before) / STREAMS;

    const proxyCpu = () => cluster.instances.reduce((sum, i) => sum + cpuMs(i.pid), 0);
    const cpuBefore = proxyCpu();
    const load = runLoad(CONCURRENCY, relay);
    const started = performance.now();
    await sleep(SECONDS * 1_000);
    await load.stop();
    const elapsed = (performance.now() - started) / 1_000;
    const ok = load.outcomes.filter((o) => o.ok);
    const cpuPerRelay = (proxyCpu() - cpuBefore) / Math.max(1, load.outcomes.length);
    const latencies = ok.map((o) => o.ms);
    const linesPerSecond = streams.reduce((sum, s) => sum + s.lines, 0) / elapsed;
    for (const s of streams) s.stop();
    const direct = await directRate(cluster.lease);
    const common = {
      instances: cluster.instances.length,
      concurrency: CONCURRENCY,
      streams: STREAMS,
      seconds: SECONDS,
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    };
    return [
      {
        bench: "proxy-relay-throughput",
        value: Math.round(ok.length / elapsed),
        unit: "relays/s",
        target: 100,
        p50Ms: Math.round(percentile(latencies, 50)),
        p99Ms: Math.round(percentile(latencies, 99)),
        failed: load.outcomes.length - ok.length,
        memoryPerStreamKiB: Math.round(perStreamKiB),
        proxyCpuMsPerRelay: Math.round(cpuPerRelay * 10) / 10,
        directToProviderRelaysPerSecond: Math.round(direct),
        streamLinesPerSecond: Math.round(linesPerSecond),
        ...common,
      },
      {
        bench: "proxy-relay-throughput.p99",
        value: Math.round(percentile(latencies, 99)),
        unit: "ms",
        target: 500,
        p50Ms: Math.round(percentile(latencies, 50)),
        ...common,
      },
      {
        bench: "proxy-relay-throughput.stream-memory",
        value: Math.round(perStreamKiB),
        unit: "KiB/stream",
        target: 128,
        ...common,
      },
    ];
  } finally {
    await cluster.close();
  }
}
