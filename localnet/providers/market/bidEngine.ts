// The provider's bid engine, a chain client like provider-services' bidengine: each round it reads
// open orders, its own open bids and active leases over REST, keeps inventory reservations in step
// with them (bid open or lease active → reserved; otherwise released), and bids on the orders it
// can serve. Everything is rebuilt from chain state, so a restarted provider picks up its leases.
import type { RestClient, RestLease, RestOrder } from "../chain/rest.ts";
import { queries } from "../chain/rest.ts";
import type { ChainSigner } from "../chain/signer.ts";
import type { Logger } from "../logger.ts";
import type { Capacity } from "./capacity.ts";
import type { Attribute } from "./groupSpec.ts";
import { parseGroupSpec } from "./groupSpec.ts";
import { emptyAllocation, type Inventory } from "./inventory.ts";
import { createBidMsg, orderKey } from "./messages.ts";
import { resourcesOffer } from "./offer.ts";
import { decideBid } from "./orderFit.ts";
import type { PriceRates } from "./pricing.ts";

export interface BidEngineDeps {
  address: string;
  rest: RestClient;
  signer: ChainSigner;
  inventory: Inventory;
  capacity: Capacity;
  rates: PriceRates;
  attributes: Attribute[];
  log: Logger;
  biddingStopped: () => boolean;
  /** how long a just-sent bid is trusted before the chain must show it */
  pendingMs: number;
  /** the window offered in every new bid (AEP-82), in seconds; null offers none */
  reclamationWindowSec: () => number | null;
}

export interface LiveLease {
  bseq: number;
  price: string;
  /** set while the provider is reclaiming the lease: when it may close it, and why */
  reclaiming?: { deadline: number; reason: string };
}

export interface RoundResult {
  /** leases this provider runs (active or reclaiming), by order key */
  activeLeases: Map<string, LiveLease>;
}

const AUDIT_REFRESH_MS = 3_000;

function liveLease(l: RestLease): LiveLease {
  const r = l.lease.reclamation;
  const out: LiveLease = { bseq: l.lease.id.bseq ?? 0, price: l.lease.price.amount };
  if (l.lease.state === "reclaiming" && r)
    out.reclaiming = { deadline: Number(r.deadline), reason: r.reason };
  return out;
}

const seconds = (d: string): number => Number(/^(\d+(?:\.\d+)?)s$/.exec(d)?.[1] ?? Number.NaN);

/**
 * Whether this provider may bid on the order: the chain refuses a bid without a window on an
 * order that requires one, or with a shorter one. (provider-services bids anyway and logs the
 * failed transaction; the simulated provider stays silent instead of paying for a refused tx.)
 */
function offersWindowFor(order: RestOrder, windowSec: number | null): boolean {
  const min = order.reclamation?.min_window;
  if (!min) return true;
  return windowSec !== null && windowSec >= seconds(min);
}
const RETRY_FAILED_MS = 10_000;

export function createBidEngine(d: BidEngineDeps) {
  const pending = new Map<string, number>();
  const refused = new Map<string, string>();
  const retryAt = new Map<string, number>();
  let audited = new Map<string, Attribute[]>();
  let auditedAt = 0;

  async function reserveFromChain(
    key: string,
    order: { owner: string; dseq: string; gseq: number; oseq: number },
    known?: RestOrder,
  ): Promise<void> {
    const source = known ?? (await queries.order(d.rest, order));
    if (!source) return;
    const plan = d.inventory.plan(parseGroupSpec(source.spec));
    // After a restart the reservation is rebuilt even if it no longer fits: the chain says we hold it.
    d.inventory.reserve(key, plan ?? emptyAllocation());
  }

  async function bidOn(order: RestOrder): Promise<void> {
    const key = orderKey(order.id);
    let spec;
    try {
      spec = parseGroupSpec(order.spec);
    } catch {
      return;
    }
    const decision = decideBid(spec, {
      providerAttributes: d.attributes,
      audited,
      inventory: d.inventory,
      rates: d.rates,
      capacity: d.capacity,
    });
    if (!decision.bid) {
      if (refused.get(key) !== decision.reason)
        d.log.debug("not bidding", { order: key, reason: decision.reason });
      refused.set(key, decision.reason);
      return;
    }
    const window = d.reclamationWindowSec();
    if (!offersWindowFor(order, window)) {
      if (refused.get(key) !== "reclamation")
        d.log.debug("not bidding", { order: key, reason: "reclamation" });
      refused.set(key, "reclamation");
      return;
    }
    refused.delete(key);
    d.inventory.reserve(key, decision.allocation);
    pending.set(key, Date.now() + d.pendingMs);
    const denom = spec.resources[0]?.price.denom ?? "uact";
    try {
      const offer = resourcesOffer(spec, decision.allocation, d.capacity.gpus);
      await d.signer.send([createBidMsg(order.id, d.address, offer, decision.price, denom, window)]);
      d.log.info("bid placed", { order: key, price: decision.price });
    } catch (err) {
      d.log.warn("bid failed", { order: key, error: String(err) });
      pending.delete(key);
      d.inventory.release(key);
      refused.set(key, "tx-failed");
      // A rejected bid is retried later (e.g. after a sequence race), not every round.
      retryAt.set(key, Date.now() + RETRY_FAILED_MS);
    }
  }

  return async function round(): Promise<RoundResult> {
    if (Date.now() - auditedAt > AUDIT_REFRESH_MS) {
      audited = await queries.auditedAttributes(d.rest, d.address);
      auditedAt = Date.now();
    }
    const [bids, active, reclaiming] = await Promise.all([
      queries.providerBids(d.rest, d.address, "open"),
      queries.providerLeases(d.rest, d.address, "active"),
      queries.providerLeases(d.rest, d.address, "reclaiming"),
    ]);
    const leases = [...active, ...reclaiming];
    const held = new Set<string>();
    const activeLeases = new Map<string, LiveLease>();
    for (const b of bids) held.add(orderKey(b.id));
    for (const l of leases) {
      held.add(orderKey(l.lease.id));
      activeLeases.set(orderKey(l.lease.id), liveLease(l));
    }
    const now = Date.now();
    for (const [key, until] of pending) if (held.has(key) || until < now) pending.delete(key);
    for (const key of d.inventory.keys()) if (!held.has(key) && !pending.has(key)) d.inventory.release(key);
    const open = await queries.openOrders(d.rest);
    const openByKey = new Map(open.map((o) => [orderKey(o.id), o]));
    for (const key of refused.keys()) if (!openByKey.has(key)) refused.delete(key);
    for (const key of retryAt.keys()) if (!openByKey.has(key)) retryAt.delete(key);
    for (const b of bids)
      if (!d.inventory.has(orderKey(b.id)))
        await reserveFromChain(orderKey(b.id), b.id, openByKey.get(orderKey(b.id)));
    for (const l of leases)
      if (!d.inventory.has(orderKey(l.lease.id))) await reserveFromChain(orderKey(l.lease.id), l.lease.id);
    for (const key of d.inventory.keys()) d.inventory.setActive(key, activeLeases.has(key));
    if (!d.biddingStopped()) {
      for (const order of open) {
        const key = orderKey(order.id);
        if (held.has(key) || pending.has(key) || (retryAt.get(key) ?? 0) > Date.now()) continue;
        await bidOn(order);
      }
    }
    return { activeLeases };
  };
}
