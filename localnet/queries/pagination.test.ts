import { describe, expect, it } from "vitest";
import Long from "long";
import { paginate, PaginationError, type PageReq } from "./pagination.ts";

function setup(n: number) {
  const items = Array.from({ length: n }, (_, i) => ({ key: `k${String(i).padStart(3, "0")}`, value: i }));
  const req = (
    p: Partial<{ key: string; offset: number; limit: number; countTotal: boolean; reverse: boolean }>,
  ): PageReq => ({
    key: new TextEncoder().encode(p.key ?? ""),
    offset: Long.fromNumber(p.offset ?? 0),
    limit: Long.fromNumber(p.limit ?? 0),
    countTotal: p.countTotal ?? false,
    reverse: p.reverse ?? false,
  });
  return { items, req };
}

describe("paginate", () => {
  it("defaults to 100 items and returns the next key", () => {
    const { items } = setup(150);
    const r = paginate(items, undefined);
    expect(r.page).toHaveLength(100);
    expect(new TextDecoder().decode(r.pagination.nextKey)).toBe("k100");
  });

  it("continues from next_key", () => {
    const { items, req } = setup(5);
    const first = paginate(items, req({ limit: 2 }));
    const second = paginate(items, { ...req({ limit: 2 }), key: first.pagination.nextKey });
    expect(first.page).toEqual([0, 1]);
    expect(second.page).toEqual([2, 3]);
  });

  it("pages by offset and counts the total only when asked", () => {
    const { items, req } = setup(5);
    expect(paginate(items, req({ offset: 3, limit: 10, countTotal: true }))).toEqual({
      page: [3, 4],
      pagination: { nextKey: new Uint8Array(), total: Long.fromNumber(5) },
    });
    expect(paginate(items, req({ offset: 3 })).pagination.total.toNumber()).toBe(0);
  });

  it("reverses order, also when continuing by key", () => {
    const { items, req } = setup(5);
    const first = paginate(items, req({ limit: 2, reverse: true }));
    expect(first.page).toEqual([4, 3]);
    expect(
      paginate(items, { ...req({ limit: 2, reverse: true }), key: first.pagination.nextKey }).page,
    ).toEqual([2, 1]);
  });

  it("rejects key and offset together", () => {
    const { items, req } = setup(5);
    expect(() => paginate(items, req({ key: "k001", offset: 1 }))).toThrow(PaginationError);
  });
});
