import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { networkKeys } from "../query-keys";
import { heightClock } from "./height-clock";

function setup() {
  let t = 1_000;
  const client = new QueryClient();
  const clock = heightClock(client, () => t);
  const changes: number[] = [];
  clock.subscribe(() => changes.push(t));
  const block = (networkId: string, height: number) =>
    client.setQueryData(networkKeys.latestBlock(networkId), { height, time: "2026-12-01T00:00:00Z" });
  return { clock, block, changes, advance: (ms: number) => (t += ms) };
}

describe("the height clock", () => {
  it("keeps when each network's height last changed, not when the same height came back", () => {
    const { clock, block, changes, advance } = setup();
    block("local", 10);
    advance(5_000);
    block("local", 10); // a poll during a stall
    expect(clock.get("local")).toEqual({ height: 10, at: 1_000 });
    block("local", 11);
    expect(clock.get("local")).toEqual({ height: 11, at: 6_000 });
    expect(changes).toEqual([1_000, 6_000]);
  });

  it("keeps networks apart and ignores other queries", () => {
    const { clock, block } = setup();
    block("local", 10);
    expect(clock.get("mainnet")).toBeUndefined();
    expect(clock.get("local")?.height).toBe(10);
  });
});
