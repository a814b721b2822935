import { describe, expect, it } from "vitest";
import { AllEndpointsFailedError, EndpointPool } from "./endpoint-pool";

class Down extends Error {}

function setup(urls = ["a", "b", "c"]) {
  let t = 1_000;
  const clock = { advance: (ms: number) => (t += ms) };
  const pool = new EndpointPool(urls, {
    cooldownMs: 30_000,
    now: () => t,
    isEndpointFailure: (e) => e instanceof Down,
  });
  const switches: string[] = [];
  pool.subscribe((active) => switches.push(active));
  return { pool, clock, switches };
}

describe("EndpointPool", () => {
  it("uses the first endpoint while it works", async () => {
    const { pool } = setup();
    const seen: string[] = [];
    await pool.run(async (url) => seen.push(url));
    await pool.run(async (url) => seen.push(url));
    expect(seen).toEqual(["a", "a"]);
    expect(pool.active).toBe("a");
  });

  it("fails over to the next endpoint in order and tells listeners", async () => {
    const { pool, switches } = setup();
    const seen: string[] = [];
    const result = await pool.run(async (url) => {
      seen.push(url);
      if (url !== "c") throw new Down(url);
      return "ok";
    });
    expect(result).toBe("ok");
    expect(seen).toEqual(["a", "b", "c"]);
    expect(pool.active).toBe("c");
    expect(switches).toEqual(["b", "c"]);
  });

  it("does not fail over on a request error", async () => {
    const { pool } = setup();
    await expect(pool.run(async () => Promise.reject(new Error("400 bad request")))).rejects.toThrow(
      "400 bad request",
    );
    expect(pool.active).toBe("a");
  });

  it("tries a failed endpoint again after its cooldown, preferring the original order", async () => {
    const { pool, clock } = setup();
    await pool.run(async (url) => {
      if (url === "a") throw new Down();
    });
    expect(pool.active).toBe("b");
    clock.advance(30_000);
    expect(pool.order()).toEqual(["a", "b", "c"]);
  });

  it("puts cooling endpoints last, oldest failure first", async () => {
    const { pool, clock } = setup();
    pool.markFailed("b", new Down());
    clock.advance(10);
    pool.markFailed("a", new Down());
    expect(pool.order()).toEqual(["c", "b", "a"]);
  });

  it("reports every cause when all endpoints fail", async () => {
    const { pool } = setup(["a", "b"]);
    const err = await pool.run(async (url) => Promise.reject(new Down(url))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AllEndpointsFailedError);
    expect((err as AllEndpointsFailedError).causes).toHaveLength(2);
  });

  it("says the last error as a sentence, so advice can follow it", () => {
    expect(new AllEndpointsFailedError([new Error("Failed to fetch")]).message).toBe(
      "Every endpoint failed. Last error: Failed to fetch.",
    );
    expect(new AllEndpointsFailedError([new Error("No answer in time.")]).message).toBe(
      "Every endpoint failed. Last error: No answer in time.",
    );
  });
});
