import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeSockets } from "../testing/fake-socket";
import { LeaseStream, PING_MS, STALE_MS } from "./lease-stream";

const TARGET = {
  proxyUrl: "/provider-proxy",
  networkId: "local",
  providerAddress: "akash1provider",
  hostUri: "https://127.0.0.1:8443",
};

afterEach(() => vi.useRealTimers());

function setup(kind: "logs" | "kubeevents" = "logs") {
  vi.useFakeTimers();
  const sockets = fakeSockets();
  const tokens: boolean[] = [];
  const stream = new LeaseStream({
    kind,
    target: TARGET,
    lease: { dseq: "42", gseq: 1, oseq: 1 },
    token: async (fresh) => (tokens.push(fresh), `token-${tokens.length}`),
    onChange: () => undefined,
    factory: sockets.factory,
  });
  stream.start();
  const line = (pod: string, message: string) => JSON.stringify({ name: pod, message });
  const texts = () => stream.snapshot.lines.map((l) => (l.notice ? "(notice)" : `${l.source}: ${l.text}`));
  return { stream, sockets, tokens, line, texts, tick: (ms: number) => vi.advanceTimersByTimeAsync(ms) };
}

describe("a lease's log stream", () => {
  it("resumes after a drop with every line once: the re-sent tail is lined up, the gap is filled", async () => {
    const { stream, sockets, line, texts, tick } = setup();
    await tick(0);
    const first = sockets.last();
    first.accept();
    expect(first.envelope).toEqual({
      network: "local",
      providerAddress: "akash1provider",
      url: "https://127.0.0.1:8443/lease/42/1/1/logs?follow=true&tail=500",
      token: "token-1",
    });
    const log = Array.from({ length: 15 }, (_, i) => `12:00:${String(i).padStart(2, "0")} GET /${i}`);
    log.slice(0, 10).forEach((l) => first.receive(line("web-0", l)));
    await tick(100);
    expect(stream.snapshot.state).toBe("live");
    first.drop(1011);
    expect(stream.snapshot.state).toBe("reconnecting");
    await tick(1000);
    const second = sockets.last();
    expect(second).not.toBe(first);
    second.accept();
    expect(second.envelope.url).toMatch(/tail=1000$/);
    log.forEach((l) => second.receive(line("web-0", l)));
    await tick(100);
    expect(texts()).toEqual([
      ...log.slice(0, 10).map((l) => `web-0: ${l}`),
      "(notice)",
      ...log.slice(10).map((l) => `web-0: ${l}`),
    ]);
    expect(stream.snapshot.lines.find((l) => l.notice)?.text).toMatch(/^Reconnected at .* after 1 s/);
    expect(stream.snapshot).toMatchObject({
      state: "live",
      reconnects: 1,
      lastReconnect: { repeats: 10, unmatched: false },
    });
    stream.stop();
  });

  it("pings a quiet stream through the proxy and reconnects when nothing answers", async () => {
    const { stream, sockets, tick } = setup();
    await tick(0);
    const first = sockets.last();
    first.accept();
    await tick(PING_MS);
    expect(first.sent).toContain('{"type":"ping"}');
    first.receive('{"type":"pong"}');
    await tick(STALE_MS - 1000);
    expect(stream.snapshot.state).toBe("live");
    await tick(PING_MS);
    expect(first.readyState).toBe(3);
    expect(["stale", "reconnecting"]).toContain(stream.snapshot.state);
    await tick(1000);
    sockets.last().accept();
    expect(stream.snapshot.state).toBe("live");
    stream.stop();
  });

  it("renews a token the provider refused, once, then stops asking the wallet", async () => {
    const { stream, sockets, tokens, tick } = setup();
    await tick(0);
    sockets.last().refuse({ code: "unreachable", message: "JWT is expired", providerStatus: 401 });
    await tick(0);
    expect(tokens).toEqual([false, true]);
    sockets.last().refuse({ code: "unreachable", message: "JWT is invalid", providerStatus: 401 });
    await tick(20_000);
    expect(tokens).toEqual([false, true]);
    expect(stream.snapshot).toMatchObject({ state: "failed", error: "JWT is invalid" });
  });

  it("shows each kube event once although the endpoint re-sends them all on a reconnect", async () => {
    const { stream, sockets, texts, tick } = setup("kubeevents");
    await tick(0);
    const ev = (reason: string) =>
      JSON.stringify({ type: "Normal", reason, note: "n", object: { name: "web-0" } });
    sockets.last().accept();
    sockets.last().receive(ev("Pulled"));
    sockets.last().drop(1011);
    await tick(1000);
    sockets.last().accept();
    sockets.last().receive(ev("Pulled"));
    sockets.last().receive(ev("Started"));
    await tick(100);
    expect(texts()).toEqual(["web-0: Normal Pulled: n", "(notice)", "web-0: Normal Started: n"]);
    stream.stop();
  });
});
