import { describe, expect, it } from "vitest";
import { mergeNewestFirst } from "./merge-streams";
import { EMPTY_RESOURCES } from "./resources";
import type { DeploymentView } from "./types";

function setup(active: string[], activeMore: boolean, closed: string[], closedMore: boolean) {
  const view = (dseq: string, state: string): DeploymentView => ({
    owner: "o",
    dseq,
    state,
    createdHeight: 0,
    groups: [],
    resources: EMPTY_RESOURCES,
    escrow: null,
  });
  return mergeNewestFirst([
    { items: active.map((d) => view(d, "active")), hasMore: activeMore },
    { items: closed.map((d) => view(d, "closed")), hasMore: closedMore },
  ]);
}

const dseqs = (r: ReturnType<typeof setup>) => r.items.map((d) => d.dseq);

describe("mergeNewestFirst", () => {
  it("shows only what cannot have a gap and pages the stream holding the view back", () => {
    // closed still has pages below 70: active items older than 70 may interleave with them.
    const merged = setup(["100", "80", "60", "40"], false, ["90", "70"], true);
    expect(dseqs(merged)).toEqual(["100", "90", "80", "70"]);
    expect(merged.next).toBe(1);
  });

  it("picks the stream whose last item is newest when both have more", () => {
    const merged = setup(["100", "50"], true, ["90", "80"], true);
    expect(dseqs(merged)).toEqual(["100", "90", "80"]);
    expect(merged.next).toBe(1);
  });

  it("shows everything when no stream has more pages", () => {
    const merged = setup(["100", "10"], false, ["90", "20"], false);
    expect(dseqs(merged)).toEqual(["100", "90", "20", "10"]);
    expect(merged.next).toBeNull();
  });

  it("waits for a stream that has not loaded its first page", () => {
    expect(setup(["100"], false, [], true)).toEqual({ items: [], next: 1 });
  });
});
