// The proxy scales out: three console server processes (`server/serve.ts`) behind a balancer,
// relaying to a real lease on the local network's provider. Any instance serves any request; an
// instance that drains (SIGTERM) asks its streams to reconnect and exits cleanly; an instance
// killed mid-stream loses the connection, and the client resumes through another one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startProxyCluster, type ProxyCluster } from "../bench/lib/proxy-cluster";
import { openResumingStream, relayLeaseStatus } from "../bench/lib/proxy-clients";

let cluster: ProxyCluster;
beforeAll(async () => {
  cluster = await startProxyCluster({ instances: 3 });
}, 180_000);
afterAll(async () => {
  await cluster?.close();
});

const serving = () => cluster.balancer.stats().filter((b) => b.openUpgrades > 0);
const instanceAt = (url: string) => {
  const found = cluster.instances.find((i) => i.url === url);
  if (!found) throw new Error(`no instance at ${url}`);
  return found;
};

describe("two or more proxy instances behind a balancer", () => {
  it("relays through every instance: no request depends on which one served the last", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 9 }, () => relayLeaseStatus(cluster.url, cluster.lease)),
    );
    expect(outcomes.map((o) => o.error ?? o.ok)).toEqual(Array(9).fill(true));
    for (const backend of cluster.balancer.stats()) expect(backend.requests).toBeGreaterThan(0);
  });

  it("an instance that gets SIGTERM mid-stream asks the client to reconnect (1012), finishes, exits 0", async () => {
    const stream = openResumingStream(cluster.url, cluster.lease);
    await stream.opened(1);
    await expect.poll(() => stream.lines, { timeout: 10_000 }).toBeGreaterThan(1);
    const [first] = serving();
    const draining = instanceAt(first?.url ?? "");
    draining.child.kill("SIGTERM");
    await stream.opened(2);
    expect(stream.closes).toEqual([1012]);
    expect(await draining.exited).toBe(0);
    const resumedAt = stream.lines;
    await expect.poll(() => stream.lines, { timeout: 10_000 }).toBeGreaterThan(resumedAt + 1);
    expect(serving().map((b) => b.url)).not.toContain(draining.url);
    expect(draining.events.map((e) => e.event)).toEqual(
      expect.arrayContaining(["server.draining", "server.drained"]),
    );
    expect(draining.events.find((e) => e.event === "server.drained")).toMatchObject({ forced: false });
    stream.stop();
  });

  it("an instance killed mid-stream: the client resumes through another instance", async () => {
    const stream = openResumingStream(cluster.url, cluster.lease);
    await stream.opened(1);
    await expect.poll(() => stream.lines, { timeout: 10_000 }).toBeGreaterThan(1);
    const [first] = serving();
    const victim = instanceAt(first?.url ?? "");
    victim.child.kill("SIGKILL");
    await stream.opened(2);
    // No close frame from a dead process: the connection just drops.
    expect(stream.closes).toEqual([1006]);
    const resumedAt = stream.lines;
    await expect.poll(() => stream.lines, { timeout: 10_000 }).toBeGreaterThan(resumedAt + 1);
    const now = serving().map((b) => b.url);
    expect(now).toHaveLength(1);
    expect(now).not.toContain(victim.url);
    expect((await relayLeaseStatus(cluster.url, cluster.lease)).ok).toBe(true);
    stream.stop();
  });
});
