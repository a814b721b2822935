import { describe, expect, it } from "vitest";
import { profileFor } from "../profiles.ts";
import { providerAttributes } from "../profiles.ts";
import { parseGroupSpec } from "./groupSpec.ts";
import { Inventory } from "./inventory.ts";
import { decideBid, matchesSignedBy } from "./orderFit.ts";

const GI = 1024 ** 3;
const AUDITOR = "akash1auditor";

/** A group spec as the REST gateway shows it (snake_case, values as strings). */
function restSpec(opts: {
  gpu?: { units: number; keys: string[] };
  count?: number;
  price?: string;
  attributes?: { key: string; value: string }[];
  allOf?: string[];
  anyOf?: string[];
}) {
  return {
    name: "dc",
    requirements: {
      signed_by: { all_of: opts.allOf ?? [], any_of: opts.anyOf ?? [] },
      attributes: opts.attributes ?? [],
    },
    resources: [
      {
        resource: {
          id: 1,
          cpu: { units: { val: "8000" }, attributes: [] },
          memory: { quantity: { val: String(64 * GI) }, attributes: [] },
          storage: [{ name: "default", quantity: { val: String(100 * GI) }, attributes: [] }],
          gpu: {
            units: { val: String(opts.gpu?.units ?? 0) },
            attributes: (opts.gpu?.keys ?? []).map((key) => ({ key, value: "true" })),
          },
          endpoints: [{ kind: "SHARED_HTTP", sequence_number: 0 }],
        },
        count: opts.count ?? 1,
        price: { denom: "uact", amount: opts.price ?? "100000.000000000000000000" },
      },
    ],
  };
}

function setup(index: number, audited = new Map<string, { key: string; value: string }[]>()) {
  const profile = profileFor(index);
  const inventory = new Inventory(profile.capacity);
  const ctx = {
    providerAttributes: providerAttributes(profile),
    audited,
    inventory,
    rates: profile.rates,
    capacity: profile.capacity,
  };
  return { profile, inventory, ctx };
}

describe("decideBid", () => {
  it("bids on an H100 80Gi order only where an H100 with 80Gi is free", () => {
    const spec = parseGroupSpec(restSpec({ gpu: { units: 2, keys: ["vendor/nvidia/model/h100/ram/80Gi"] } }));
    expect(decideBid(spec, setup(0).ctx)).toMatchObject({ bid: true });
    expect(decideBid(spec, setup(1).ctx)).toEqual({ bid: false, reason: "resources" });
    expect(decideBid(spec, setup(2).ctx)).toEqual({ bid: false, reason: "resources" });
  });

  it("matches alternatives, wildcard models, RAM and interface", () => {
    const anyOf = parseGroupSpec(
      restSpec({ gpu: { units: 1, keys: ["vendor/nvidia/model/a100", "vendor/nvidia/model/rtx4090"] } }),
    );
    expect(decideBid(anyOf, setup(1).ctx).bid).toBe(true);
    const wildcard = parseGroupSpec(restSpec({ gpu: { units: 1, keys: ["vendor/nvidia/model/*"] } }));
    expect(decideBid(wildcard, setup(0).ctx).bid).toBe(true);
    const wrongRam = parseGroupSpec(
      restSpec({ gpu: { units: 1, keys: ["vendor/nvidia/model/a100/ram/40Gi"] } }),
    );
    expect(decideBid(wrongRam, setup(1).ctx).bid).toBe(false);
    const sxm = parseGroupSpec(
      restSpec({ gpu: { units: 1, keys: ["vendor/nvidia/model/h100/ram/80Gi/interface/sxm"] } }),
    );
    expect(decideBid(sxm, setup(0).ctx).bid).toBe(true);
    const pcie = parseGroupSpec(
      restSpec({ gpu: { units: 1, keys: ["vendor/nvidia/model/h100/interface/pcie"] } }),
    );
    expect(decideBid(pcie, setup(0).ctx).bid).toBe(false);
  });

  it("stays silent when the GPUs it has are already reserved, and bids again once released", () => {
    const { ctx, inventory } = setup(0);
    const big = parseGroupSpec(restSpec({ gpu: { units: 8, keys: ["vendor/nvidia/model/h100"] } }));
    const first = decideBid(big, ctx);
    if (!first.bid) throw new Error("expected a bid");
    inventory.reserve("o/1/1/1", first.allocation);
    expect(decideBid(big, ctx)).toEqual({ bid: false, reason: "resources" });
    inventory.release("o/1/1/1");
    expect(decideBid(big, ctx).bid).toBe(true);
  });

  it("requires placement attributes the provider offers", () => {
    const eu = parseGroupSpec(restSpec({ attributes: [{ key: "region", value: "eu-central" }] }));
    expect(decideBid(eu, setup(0).ctx).bid).toBe(true);
    expect(decideBid(eu, setup(1).ctx)).toEqual({ bid: false, reason: "attributes" });
  });

  it("requires signed_by auditors to have signed the required attributes", () => {
    const attrs = [{ key: "region", value: "eu-central" }];
    const spec = parseGroupSpec(restSpec({ attributes: attrs, allOf: [AUDITOR] }));
    expect(decideBid(spec, setup(0).ctx)).toEqual({ bid: false, reason: "signed_by" });
    const audited = new Map([[AUDITOR, providerAttributes(profileFor(0))]]);
    expect(decideBid(spec, setup(0, audited).ctx).bid).toBe(true);
    const anyOf = parseGroupSpec(restSpec({ anyOf: ["akash1other", AUDITOR] }));
    expect(matchesSignedBy(anyOf, audited)).toBe(true);
    expect(matchesSignedBy(anyOf, new Map())).toBe(false);
  });

  it("does not bid above the order's maximum price, and bids at or under it otherwise", () => {
    const cheap = parseGroupSpec(
      restSpec({ gpu: { units: 1, keys: ["vendor/nvidia/model/h100"] }, price: "10" }),
    );
    expect(decideBid(cheap, setup(0).ctx)).toEqual({ bid: false, reason: "price" });
    const fair = parseGroupSpec(
      restSpec({ gpu: { units: 1, keys: ["vendor/nvidia/model/h100"] }, price: "5000" }),
    );
    const d = decideBid(fair, setup(0).ctx);
    expect(d.bid && d.price <= 5000 && d.price > 0).toBe(true);
  });

  it("prices the same CPU order differently per provider", () => {
    const spec = parseGroupSpec(restSpec({}));
    const prices = [0, 1, 2].map((i) => {
      const d = decideBid(spec, setup(i).ctx);
      return d.bid ? d.price : -1;
    });
    expect(new Set(prices).size).toBe(3);
    expect(prices.every((p) => p > 0)).toBe(true);
  });
});
