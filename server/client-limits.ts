// Per-client limits for the provider proxy: a token bucket for the request rate and a count of
// relays open at once (HTTP relays in flight plus websocket streams). Clients are keyed by
// address (an IPv6 client by its /64, which one host usually owns whole). The counters live in
// this process only: behind a balancer each instance limits on its own, so a client's ceiling is
// the limit times the instances it is spread over. Nothing here must survive a restart.
import { isIP } from "node:net";
import { parseIPv6 } from "./provider-proxy/ip-address";

export interface ClientLimitsConfig {
  /** sustained requests per minute per client; 0 turns the rate limit off */
  ratePerMinute: number;
  /** requests a client may make at once above the sustained rate */
  burst: number;
  /** relays open at once per client; 0 turns the concurrency limit off */
  maxConcurrent: number;
}

export type Admission =
  | { ok: true; release: () => void }
  | { ok: false; reason: "rate" | "concurrency"; retryAfterSec: number; message: string };

interface Bucket {
  tokens: number;
  at: number;
  open: number;
}

export function clientKey(address: string | undefined): string {
  if (!address) return "unknown";
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (v4) return v4;
  if (isIP(address) !== 6) return address;
  const bytes = parseIPv6(address);
  if (!bytes) return address;
  return `${Buffer.from(bytes.subarray(0, 8)).toString("hex")}::/64`;
}

export function createClientLimits(config: ClientLimitsConfig, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  const perMs = config.ratePerMinute / 60_000;
  const capacity = Math.max(1, config.burst);

  function refill(bucket: Bucket, t: number): void {
    bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
  }

  // Full, idle buckets carry no information: dropping them bounds memory by active clients.
  function prune(t: number): void {
    for (const [key, bucket] of buckets) {
      refill(bucket, t);
      if (bucket.open === 0 && bucket.tokens >= capacity) buckets.delete(key);
    }
  }

  return {
    admit(key: string): Admission {
      const t = now();
      if (buckets.size > 10_000) prune(t);
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = { tokens: capacity, at: t, open: 0 }));
      refill(bucket, t);
      if (config.maxConcurrent > 0 && bucket.open >= config.maxConcurrent)
        return {
          ok: false,
          reason: "concurrency",
          retryAfterSec: 1,
          message: `Too many provider connections open at once from this client (limit ${config.maxConcurrent}).`,
        };
      if (config.ratePerMinute > 0) {
        if (bucket.tokens < 1)
          return {
            ok: false,
            reason: "rate",
            retryAfterSec: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
            message: `Too many provider requests from this client (limit ${config.ratePerMinute} a minute).`,
          };
        bucket.tokens -= 1;
      }
      bucket.open += 1;
      const held = bucket;
      let released = false;
      return {
        ok: true,
        release() {
          if (released) return;
          released = true;
          held.open -= 1;
        },
      };
    },
    /** clients currently tracked (for tests and /readyz detail) */
    size: () => buckets.size,
  };
}

export type ClientLimits = ReturnType<typeof createClientLimits>;
