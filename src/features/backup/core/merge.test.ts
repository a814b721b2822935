import { describe, expect, it } from "vitest";
import { mergeById, mergeDrafts, mergeEndpoints, mergeNames, mergeTopUps } from "./merge";

describe("merges", () => {
  it("names: adds what is missing, keeps this browser's on a conflict", () => {
    expect(mergeNames({ "1": "a", "2": "b" }, { "2": "B", "3": "c" })).toEqual({
      merged: { "1": "a", "2": "b", "3": "c" },
      added: 1,
      conflicts: 1,
      updated: 0,
    });
  });

  it("drafts: by id, the newer version wins, newest first", () => {
    const local = [
      { id: "x", name: "x", sdl: "old", updatedAt: 1 },
      { id: "y", name: "y", sdl: "mine", updatedAt: 9 },
    ];
    const incoming = [
      { id: "x", name: "x", sdl: "new", updatedAt: 5 },
      { id: "y", name: "y", sdl: "theirs", updatedAt: 3 },
      { id: "z", name: "z", sdl: "z", updatedAt: 4 },
    ];
    const r = mergeDrafts(local, incoming);
    expect(r.merged.map((d) => `${d.id}:${d.sdl}`)).toEqual(["y:mine", "x:new", "z:z"]);
    expect([r.added, r.updated]).toEqual([1, 1]);
    expect(mergeDrafts(r.merged, incoming).added + mergeDrafts(r.merged, incoming).updated).toBe(0);
  });

  it("rules by id and endpoints as a union, never twice", () => {
    expect(mergeById([{ id: "a" }], [{ id: "a" }, { id: "b" }, { id: "b" }]).merged).toEqual([
      { id: "a" },
      { id: "b" },
    ]);
    const r = mergeEndpoints(
      { local: { rpc: ["http://a"], rest: [] } },
      { local: { rpc: ["http://a", "http://b"], rest: ["http://c"] } },
    );
    expect(r.merged).toEqual({ local: { rpc: ["http://a", "http://b"], rest: ["http://c"] } });
    expect(r.added).toBe(2);
  });

  it("runway targets: adds missing ones with signing on their own turned off", () => {
    const t = { targetHours: 48, stopAt: null, auto: true, updatedAt: "x" };
    const r = mergeTopUps(
      { owners: { o: { deployments: { "1": t } } } },
      { owners: { o: { deployments: { "1": { ...t, targetHours: 2 }, "2": t } } } },
    );
    expect(r.merged.owners.o!.deployments).toEqual({ "1": t, "2": { ...t, auto: false } });
    expect(r.added).toBe(1);
  });
});
