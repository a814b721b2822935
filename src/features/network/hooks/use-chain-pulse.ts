// Whether the chain is moving, as the header shows it. A websocket that stays open while the chain
// has stopped producing blocks sends nothing, so silence alone must count: when no new height
// arrives within three average block times, the chain is "stalled" (and the latest block is polled
// over REST, which also tells an unreachable endpoint apart). Wall-clock time since the height last
// changed, measured in this browser, so a wrong system clock never fakes a stall.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, useSyncExternalStore } from "react";
import { heightClock } from "../api/height-clock";
import { latestBlockQuery } from "../api/latest-block";
import { useBlockFeed } from "../BlockFeedProvider";
import { useNetwork } from "../network-context";

export type ChainPulse =
  | { kind: "waiting" }
  | { kind: "live" | "polling"; height: number }
  | { kind: "stalled"; height: number; silentSec: number }
  | { kind: "unreachable"; height: number | null };

/** How long without a new block before the header says so: three average block times. */
export function stallAfterMs(averageBlockTimeSec: number): number {
  return Math.round(averageBlockTimeSec * 3 * 1000);
}

export function pulseOf(
  input: { height: number | undefined; error: boolean; socketOpen: boolean; silentMs: number },
  stallMs: number,
): ChainPulse {
  const { height, error, socketOpen, silentMs } = input;
  if (error) return { kind: "unreachable", height: height ?? null };
  if (height === undefined) return { kind: "waiting" };
  if (silentMs >= stallMs) return { kind: "stalled", height, silentSec: Math.floor(silentMs / 1000) };
  return { kind: socketOpen ? "live" : "polling", height };
}

export function useChainPulse(): ChainPulse {
  const { network, rest } = useNetwork();
  const { socketState } = useBlockFeed();
  const client = useQueryClient();
  const clock = heightClock(client);
  // Per network: after a switch nothing seen on the previous one counts.
  const seen = useSyncExternalStore(clock.subscribe, () => clock.get(network.id));
  const stallMs = stallAfterMs(network.averageBlockTimeSec);
  const [now, setNow] = useState(() => Date.now());
  const silentMs = seen ? Math.max(0, now - seen.at) : 0;
  const stalled = seen !== undefined && silentMs >= stallMs;
  const pollMs =
    socketState === "open" && !stalled ? false : Math.max(2_000, network.averageBlockTimeSec * 1000);
  const { data, error } = useQuery(latestBlockQuery(network.id, rest, pollMs));

  // Wake up exactly when the silence reaches the threshold, then once a second to count it.
  useEffect(() => {
    if (!seen) return;
    const due = stalled ? 1_000 : Math.max(0, seen.at + stallMs - Date.now());
    const t = setTimeout(() => setNow(Date.now()), due);
    return () => clearTimeout(t);
  }, [seen, stalled, stallMs, now]);

  return pulseOf(
    { height: data?.height, error: !!error, socketOpen: socketState === "open", silentMs },
    stallMs,
  );
}
