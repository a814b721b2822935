import { describe, expect, it } from "vitest";
import { createRestClient } from "@/lib/rest-client";
import { averageBlockTime, measureBlockTime } from "./block-time";

describe("averageBlockTime", () => {
  it("divides the time between two blocks by the blocks between them", () => {
    const latest = { height: 1100, time: "2026-12-01T00:10:09.800Z" };
    const older = { height: 1000, time: "2026-12-01T00:00:00.000Z" };
    expect(averageBlockTime(latest, older)).toEqual({ seconds: 6.098, blocks: 100 });
  });

  it("gives no measure from the same block or from clocks that go backwards", () => {
    const b = { height: 5, time: "2026-12-01T00:00:00Z" };
    expect(averageBlockTime(b, b)).toBeNull();
    expect(averageBlockTime({ height: 6, time: "2026-11-30T00:00:00Z" }, b)).toBeNull();
  });
});

/** A REST gateway that knows blocks by height (and "latest"), 404 for pruned ones. */
function gateway(blocks: Record<string, { height: number; time: string }>) {
  const asked: string[] = [];
  const fetchImpl = (async (url: string) => {
    const id = String(url).split("/blocks/")[1] ?? "";
    asked.push(id);
    const b = blocks[id];
    if (!b) return new Response(JSON.stringify({ code: 3, message: "pruned" }), { status: 404 });
    const body = { block: { header: { height: String(b.height), time: b.time } } };
    return new Response(JSON.stringify(body), { status: 200 });
  }) as typeof fetch;
  return { asked, rest: createRestClient(["https://api.example.com"], fetchImpl) };
}

describe("measureBlockTime", () => {
  it("averages over the last 100 blocks the node serves", async () => {
    const latest = { height: 5000, time: "2026-12-01T00:10:00Z" };
    const { asked, rest } = gateway({
      latest,
      "4900": { height: 4900, time: "2026-12-01T00:00:00Z" },
    });
    expect(await measureBlockTime(rest)).toEqual({ seconds: 6, blocks: 100 });
    expect(asked).toEqual(["latest", "4900"]);
  });

  it("measures a young chain from block 1", async () => {
    const { rest } = gateway({
      latest: { height: 11, time: "2026-12-01T00:00:10Z" },
      "1": { height: 1, time: "2026-12-01T00:00:00Z" },
    });
    expect(await measureBlockTime(rest)).toEqual({ seconds: 1, blocks: 10 });
  });

  it("has nothing to measure at height 1, and fails when the older block is pruned", async () => {
    const genesis = gateway({ latest: { height: 1, time: "2026-12-01T00:00:00Z" } });
    expect(await measureBlockTime(genesis.rest)).toBeNull();
    const pruned = gateway({ latest: { height: 5000, time: "2026-12-01T00:10:00Z" } });
    await expect(measureBlockTime(pruned.rest)).rejects.toThrow();
  });
});
