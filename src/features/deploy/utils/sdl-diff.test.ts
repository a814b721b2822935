import { describe, expect, it } from "vitest";
import { diffLines, updateBlockers } from "./sdl-diff";

const group = (over: Record<string, unknown> = {}) => ({
  name: "dc",
  requirements: { attributes: [], signedBy: { allOf: [], anyOf: [] } },
  resources: [{ resource: { cpu: 500 }, count: 1, price: { denom: "uact", amount: "1000" } }],
  ...over,
});

describe("diffLines", () => {
  it("marks the changed image line as removed and added, the rest as unchanged", () => {
    const diff = diffLines("a\nimage: nginx:1.26\nb", "a\nimage: nginx:1.27\nb");
    expect(diff).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "image: nginx:1.26" },
      { kind: "added", text: "image: nginx:1.27" },
      { kind: "same", text: "b" },
    ]);
  });
});

describe("updateBlockers", () => {
  it("lets a manifest-only change through", () => {
    expect(updateBlockers([group()], [group()])).toEqual([]);
  });

  it("stops resource, placement, pricing and group changes with the reason", () => {
    const more = group({
      resources: [{ resource: { cpu: 1000 }, count: 1, price: { denom: "uact", amount: "1000" } }],
    });
    expect(updateBlockers([group()], [more])[0]).toMatch(/Resources of group “dc” changed/);
    const pricier = group({
      resources: [{ resource: { cpu: 500 }, count: 1, price: { denom: "uact", amount: "2000" } }],
    });
    expect(updateBlockers([group()], [pricier])).toEqual([
      expect.stringMatching(/Pricing of group “dc” changed/),
    ]);
    const placed = group({
      requirements: { attributes: [{ key: "region", value: "eu" }], signedBy: { allOf: [], anyOf: [] } },
    });
    expect(updateBlockers([group()], [placed])[0]).toMatch(/Placement of group “dc” changed/);
    expect(updateBlockers([group()], [group(), group({ name: "other" })])[0]).toMatch(
      /placement groups changed/,
    );
  });
});
