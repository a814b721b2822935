import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { MemoryStorage, otherTabChanged, QUOTA_EXCEEDED } from "@/test/memory-storage";
import { foreignItem, persistedFamily, persistedStore } from "./persisted-store";

const prefs = z.object({ hours: z.number() });

function setup(initial: Record<string, string> = {}, opts: { version?: number } = {}) {
  const storage = new MemoryStorage(initial);
  const store = persistedStore({
    key: "test:prefs",
    version: opts.version ?? 1,
    schema: prefs,
    fallback: { hours: 24 },
    upgrade: (data, from) => (from === 1 ? { hours: (data as { days: number }).days * 24 } : data),
    storage: () => storage,
  });
  return { storage, store };
}

describe("persistedStore", () => {
  it("writes a versioned envelope and reads it back", () => {
    const { storage, store } = setup();
    expect(store.get()).toEqual({ hours: 24 });
    expect(store.set({ hours: 5 })).toBeNull();
    expect(JSON.parse(storage.getItem("test:prefs")!)).toEqual({ v: 1, data: { hours: 5 } });
    expect(store.refresh()).toEqual({ hours: 5 });
  });

  it("falls back on data that fails validation or is not JSON, says so, and leaves it in place", () => {
    const bad = JSON.stringify({ v: 1, data: { hours: "many" } });
    const { storage, store } = setup({ "test:prefs": bad });
    expect(store.get()).toEqual({ hours: 24 });
    expect(store.problem()?.kind).toBe("unreadable");
    expect(storage.getItem("test:prefs")).toBe(bad);
    storage.setItem("test:prefs", "{not json");
    expect(store.refresh()).toEqual({ hours: 24 });
    expect(store.problem()?.kind).toBe("unreadable");
  });

  it("upgrades data an older version wrote, and ignores data from a newer one", () => {
    const older = setup({ "test:prefs": JSON.stringify({ v: 1, data: { days: 2 } }) }, { version: 2 });
    expect(older.store.get()).toEqual({ hours: 48 });
    const newer = setup({ "test:prefs": JSON.stringify({ v: 3, data: { hours: 1 } }) }, { version: 2 });
    expect(newer.store.get()).toEqual({ hours: 24 });
    expect(newer.store.problem()?.kind).toBe("unreadable");
  });

  it("turns a full quota into state: the value still applies to this page, and the next write clears it", () => {
    const { storage, store } = setup();
    storage.failWrites = QUOTA_EXCEEDED();
    expect(store.set({ hours: 3 })?.kind).toBe("quota");
    expect(store.get()).toEqual({ hours: 3 });
    expect(store.problem()?.kind).toBe("quota");
    storage.failWrites = null;
    expect(store.set({ hours: 4 })).toBeNull();
    expect(store.problem()).toBeNull();
  });

  it("treats disabled storage as unavailable, never as an exception", () => {
    const store = persistedStore({
      key: "k",
      version: 1,
      schema: prefs,
      fallback: { hours: 1 },
      storage: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
    expect(store.get()).toEqual({ hours: 1 });
    expect(store.problem()?.kind).toBe("unavailable");
    expect(store.set({ hours: 2 })?.kind).toBe("unavailable");
    expect(store.get()).toEqual({ hours: 2 });
  });

  it("follows another tab's write and its clear(), and notifies subscribers", () => {
    const { storage, store } = setup();
    let notified = 0;
    const off = store.subscribe(() => notified++);
    expect(store.get()).toEqual({ hours: 24 });
    storage.setItem("test:prefs", JSON.stringify({ v: 1, data: { hours: 9 } }));
    otherTabChanged("test:other-key");
    expect(store.get()).toEqual({ hours: 24 });
    otherTabChanged("test:prefs");
    expect(store.get()).toEqual({ hours: 9 });
    storage.clear();
    otherTabChanged(null);
    expect(store.get()).toEqual({ hours: 24 });
    expect(notified).toBe(2);
    off();
  });
});

describe("persistedFamily", () => {
  it("gives each parameter set its own key and the same store on every call", () => {
    const storage = new MemoryStorage();
    const names = persistedFamily({
      key: (network: string, owner: string) => `test:names:${network}:${owner}`,
      version: 1,
      schema: z.record(z.string(), z.string()),
      fallback: {},
      storage: () => storage,
    });
    names("mainnet", "akash1a").set({ "1": "web" });
    expect(names("mainnet", "akash1a")).toBe(names("mainnet", "akash1a"));
    expect(names("sandbox", "akash1a").get()).toEqual({});
    expect([...storage.map.keys()]).toEqual(["test:names:mainnet:akash1a"]);
  });
});

describe("foreignItem", () => {
  it("reads and removes a key another library owns, and survives blocked storage", () => {
    const storage = new MemoryStorage({ "lib:session": "keplr-extension" });
    const item = foreignItem("lib:session", () => storage);
    expect(item.read()).toBe("keplr-extension");
    item.remove();
    expect(item.read()).toBeNull();
    expect(foreignItem("x", () => null).read()).toBeNull();
  });
});
