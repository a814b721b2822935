// When this browser saw each network's height change. The latest-block query is fed by the
// websocket and by polls; neither says when the height last moved (a poll during a stall brings
// the same height back), so this watches the query cache, one watcher per QueryClient, and keeps
// the arrival time of every new height: an external store for useSyncExternalStore.
import type { QueryClient } from "@tanstack/react-query";
import { networkKeys } from "../query-keys";
import type { LatestBlock } from "./latest-block";

export interface HeightSeen {
  height: number;
  /** Date.now() when this height first arrived */
  at: number;
}

export interface HeightClock {
  subscribe(listener: () => void): () => void;
  get(networkId: string): HeightSeen | undefined;
}

const clocks = new WeakMap<QueryClient, HeightClock>();

function heightIn(data: unknown): number | undefined {
  const h = (data as Partial<LatestBlock> | undefined)?.height;
  return typeof h === "number" ? h : undefined;
}

export function heightClock(client: QueryClient, now: () => number = Date.now): HeightClock {
  const existing = clocks.get(client);
  if (existing) return existing;
  const seen = new Map<string, HeightSeen>();
  const listeners = new Set<() => void>();
  const cache = client.getQueryCache();
  const note = (key: readonly unknown[], data: unknown) => {
    const networkId = key[1];
    const height = heightIn(data);
    if (typeof networkId !== "string" || height === undefined) return;
    if (key.length !== 3 || key[0] !== "network" || key[2] !== networkKeys.latestBlock(networkId)[2]) return;
    if (seen.get(networkId)?.height === height) return;
    seen.set(networkId, { height, at: now() });
    for (const l of listeners) l();
  };
  for (const q of cache.getAll()) note(q.queryKey, q.state.data);
  cache.subscribe((event) => note(event.query.queryKey, event.query.state.data));
  const clock: HeightClock = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: (networkId) => seen.get(networkId),
  };
  clocks.set(client, clock);
  return clock;
}
