import { describe, expect, it } from "vitest";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { MemoryStorage } from "@/test/memory-storage";
import { createDraftsStore, draftsStorage } from "./drafts-store";

const DRAFTS_KEY = STORAGE_KEYS.sdlDrafts;
const stored = (value: unknown) => JSON.stringify({ v: 1, data: value });

function setup() {
  const storage = new MemoryStorage();
  return { storage, store: createDraftsStore(draftsStorage(() => storage)) };
}

describe("drafts store", () => {
  it("saves, lists newest first, replaces by id and deletes", () => {
    const { store } = setup();
    store.save({ id: "a", name: "First", sdl: "version: '2.0'" }, 1);
    store.save({ id: "b", name: "Second", sdl: "x: 1" }, 2);
    store.save({ id: "a", name: "First, renamed", sdl: "y: 2" }, 3);
    const listed = store.list();
    expect(listed).toEqual({
      ok: true,
      value: [
        { id: "a", name: "First, renamed", sdl: "y: 2", updatedAt: 3 },
        { id: "b", name: "Second", sdl: "x: 1", updatedAt: 2 },
      ],
    });
    store.remove("a");
    expect(store.list()).toMatchObject({ ok: true, value: [{ id: "b" }] });
  });

  it("never writes a registry password", () => {
    const { store, storage } = setup();
    store.save({
      id: "p",
      name: "Private",
      sdl: "services:\n  app:\n    credentials:\n      password: hunter22-token\n",
    });
    expect(storage.getItem(DRAFTS_KEY)).not.toContain("hunter22-token");
  });

  it("reports a full or blocked storage instead of throwing", () => {
    const { store, storage } = setup();
    storage.failWrites = new DOMException("full", "QuotaExceededError");
    expect(store.save({ id: "a", name: "A", sdl: "" })).toEqual({
      ok: false,
      error: expect.stringMatching(/full/),
    });
    expect(createDraftsStore(draftsStorage(() => null)).list()).toEqual({
      ok: false,
      error: expect.stringMatching(/does not allow/),
    });
  });

  it("skips corrupted entries and reports an unreadable list", () => {
    const { store, storage } = setup();
    storage.setItem(DRAFTS_KEY, stored([{ id: 1 }, { id: "ok", name: "n", sdl: "", updatedAt: 1 }]));
    expect(store.list()).toMatchObject({ ok: true, value: [{ id: "ok" }] });
    storage.setItem(DRAFTS_KEY, "{not json");
    expect(store.list()).toEqual({ ok: false, error: "Saved drafts are unreadable." });
  });
});
