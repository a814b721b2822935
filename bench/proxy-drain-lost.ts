// proxy-drain-lost: requests and streams lost when one of two console server processes is
// drained (SIGTERM) under load, behind the small balancer. PROXY_DRAIN_CONCURRENCY clients
// (default 8) relay lease status back to back and PROXY_DRAIN_STREAMS log streams (default 40)
// follow the lease's logs; one instance gets SIGTERM. Lost: a relay that did not get the
// provider's answer, a stream that ended any way but a clean close (1012, "reconnect"), or one
// that was not live again within 10 s. Target 0.
import { startProxyCluster } from "./lib/proxy-cluster.ts";
import { openResumingStream, relayLeaseStatus } from "./lib/proxy-clients.ts";
import { runLoad, sleep } from "./lib/load.ts";
import type { BenchResult } from "./lib/types.ts";

const CONCURRENCY = Number(process.env.PROXY_DRAIN_CONCURRENCY ?? 8);
const STREAMS = Number(process.env.PROXY_DRAIN_STREAMS ?? 40);

export default async function run(): Promise<BenchResult[]> {
  const cluster = await startProxyCluster({ instances: 2 });
  try {
    const streams = Array.from({ length: STREAMS }, () => openResumingStream(cluster.url, cluster.lease));
    await Promise.all(streams.map((s) => s.opened(1, 60_000)));
    const load = runLoad(CONCURRENCY, () => relayLeaseStatus(cluster.url, cluster.lease));
    await sleep(2_000);

    const [draining] = cluster.instances;
    if (!draining) throw new Error("no instance");
    const onDraining = cluster.balancer.stats().find((b) => b.url === draining.url)?.openUpgrades ?? 0;
    const relaysBefore = load.outcomes.length;
    const started = performance.now();
    draining.child.kill("SIGTERM");
    const exitCode = await draining.exited;
    const drainWallMs = performance.now() - started;
    const relaysDuringDrain = load.outcomes.length - relaysBefore;
    await sleep(2_000);
    await load.stop();

    const moved = streams.filter((s) => s.closes.length > 0);
    const back = await Promise.all(
      moved.map((s) =>
        s.opened(2, 10_000).then(
          () => true,
          () => false,
        ),
      ),
    );
    const failedRelays = load.outcomes.filter((o) => !o.ok);
    const uncleanStreams = streams.filter((s) => s.closes.some((code) => code !== 1012)).length;
    const notResumed = back.filter((ok) => !ok).length;
    for (const s of streams) s.stop();
    const drained = draining.events.find((e) => e.event === "server.drained");
    return [
      {
        bench: "proxy-drain-lost",
        value: failedRelays.length + uncleanStreams + notResumed,
        unit: "lost",
        target: 0,
        failedRelays: failedRelays.length,
        failedExamples: failedRelays.slice(0, 3).map((o) => o.error ?? o.status),
        uncleanStreams,
        notResumed,
        relays: load.outcomes.length,
        relaysDuringDrain,
        streams: STREAMS,
        streamsOnDrainedInstance: onDraining,
        streamsMoved: moved.length,
        drainMs: drained?.ms ?? null,
        drainForced: drained?.forced ?? null,
        drainWallMs: Math.round(drainWallMs),
        exitCode,
      },
    ];
  } finally {
    await cluster.close();
  }
}
