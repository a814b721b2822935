// Decides whether a provider bids on an order, the way Akash's bid engine does: placement
// attributes must be offered, `signed_by` auditors must have signed them, the resources (GPU
// models included) must fit in what is not reserved, and the provider's price must not exceed
// the order's. A provider that cannot serve an order stays silent; the reason is only logged.
import type { Capacity } from "./capacity.ts";
import type { Attribute, GroupSpec } from "./groupSpec.ts";
import { groupMaxPrice } from "./groupSpec.ts";
import type { Allocation, Inventory } from "./inventory.ts";
import { type PriceRates, quote } from "./pricing.ts";

export interface FitContext {
  providerAttributes: Attribute[];
  /** attributes each auditor has signed for this provider, by auditor address */
  audited: Map<string, Attribute[]>;
  inventory: Inventory;
  rates: PriceRates;
  capacity: Capacity;
}

export type FitDecision =
  | { bid: true; price: number; allocation: Allocation }
  | { bid: false; reason: "attributes" | "signed_by" | "resources" | "price" };

function attributeMatches(want: Attribute, have: Attribute[]): boolean {
  // Providers may advertise glob values ("region: us-*"), as the node's attribute matcher allows.
  return have.some((h) => {
    if (h.key !== want.key) return false;
    if (h.value === want.value) return true;
    return h.value.endsWith("*") && want.value.startsWith(h.value.slice(0, -1));
  });
}

export function matchesAttributes(required: Attribute[], offered: Attribute[]): boolean {
  return required.every((r) => attributeMatches(r, offered));
}

/** x/market's rule: every all_of auditor, and at least one any_of auditor, signed all required attributes. */
export function matchesSignedBy(spec: GroupSpec, audited: Map<string, Attribute[]>): boolean {
  const signedByAuditor = (auditor: string): boolean => {
    const attrs = audited.get(auditor);
    return attrs !== undefined && matchesAttributes(spec.attributes, attrs);
  };
  if (!spec.signedBy.allOf.every(signedByAuditor)) return false;
  return spec.signedBy.anyOf.length === 0 || spec.signedBy.anyOf.some(signedByAuditor);
}

export function decideBid(spec: GroupSpec, ctx: FitContext): FitDecision {
  if (!matchesAttributes(spec.attributes, ctx.providerAttributes))
    return { bid: false, reason: "attributes" };
  if (!matchesSignedBy(spec, ctx.audited)) return { bid: false, reason: "signed_by" };
  const allocation = ctx.inventory.plan(spec);
  if (!allocation) return { bid: false, reason: "resources" };
  const price = quote(spec, allocation, ctx.capacity.gpus, ctx.rates);
  if (price > groupMaxPrice(spec)) return { bid: false, reason: "price" };
  return { bid: true, price, allocation };
}
