import { describe, expect, it } from "vitest";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { createLocalLock } from "@/lib/locks";
import { MemoryStorage } from "@/test/memory-storage";
import { lastDseqStores, nextDseq, reserveDseq } from "./reserve-dseq";

function setup(initial: Record<string, string> = {}) {
  const storage = new MemoryStorage(initial);
  const stores = lastDseqStores(() => storage);
  const lock = createLocalLock();
  const reserve = (height: number, owner = "akash1owner", network = "local") =>
    reserveDseq(network, owner, height, lock, stores);
  return { storage, reserve };
}

describe("nextDseq", () => {
  it("uses the height when nothing was reserved at or above it", () => {
    expect(nextDseq(null, 120)).toBe(120n);
    expect(nextDseq(99n, 120)).toBe(120n);
  });
  it("goes one past the last reservation at the same or a later height", () => {
    expect(nextDseq(120n, 120)).toBe(121n);
    expect(nextDseq(125n, 120)).toBe(126n);
  });
  it("never returns 0, which the chain refuses", () => {
    expect(nextDseq(null, 0)).toBe(1n);
  });
});

describe("reserveDseq", () => {
  it("gives two deploys started at the same height different dseqs", async () => {
    const { reserve } = setup();
    const got = await Promise.all([reserve(500), reserve(500), reserve(500)]);
    expect(new Set(got).size).toBe(3);
    expect(got.sort()).toEqual(["500", "501", "502"]);
  });
  it("keeps owners and networks apart", async () => {
    const { reserve } = setup();
    expect(await reserve(10, "akash1a")).toBe("10");
    expect(await reserve(10, "akash1b")).toBe("10");
    expect(await reserve(10, "akash1a", "sandbox")).toBe("10");
  });
  it("reads what another tab reserved under the lock, not what this tab saw before", async () => {
    const { storage, reserve } = setup();
    expect(await reserve(42)).toBe("42");
    storage.setItem(STORAGE_KEYS.lastDseq("local", "akash1owner"), JSON.stringify({ v: 1, data: "60" }));
    expect(await reserve(42)).toBe("61");
  });
  it("ignores a corrupted stored value instead of failing the deploy", async () => {
    const { reserve } = setup({
      [STORAGE_KEYS.lastDseq("local", "akash1owner")]: JSON.stringify({ v: 1, data: "not a number" }),
    });
    expect(await reserve(42)).toBe("42");
  });
});
