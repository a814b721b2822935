// Bids of one deployment, refreshed on every new block (websocket) and, as a fallback when the
// socket is down, every few seconds. One request per refresh, shared with the deployment page's
// orders panel (same query).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { useBlockFeed, useBlockTime, useLatestBlock, useNetwork } from "@/features/network";
import { useProviders } from "@/features/providers";
import { bidsQuery } from "../api/bids";
import { marketKeys } from "../query-keys";
import { toBidRow, type OrderGpus } from "../utils/bid-view";
import { requestedModels, type GroupRequirements } from "../utils/screening";

const FALLBACK_POLL_MS = 4_000;

export function useLiveBids(
  owner: string,
  dseq: string,
  enabled: boolean,
  groups: readonly GroupRequirements[] = [],
) {
  const { network, rest } = useNetwork();
  const blockTimeSec = useBlockTime().seconds;
  const feed = useBlockFeed();
  const queryClient = useQueryClient();
  const { byAddress } = useProviders();
  const height = useLatestBlock().data?.height ?? 0;
  const live = feed.socketState === "open";
  const query = useQuery({
    ...bidsQuery(network.id, rest, owner, dseq),
    enabled,
    refetchInterval: enabled && !live ? FALLBACK_POLL_MS : false,
  });

  useEffect(() => {
    if (!enabled) return;
    return feed.onBlock(
      () => void queryClient.invalidateQueries({ queryKey: marketKeys.bids(network.id, owner, dseq) }),
    );
  }, [enabled, feed, queryClient, network.id, owner, dseq]);

  // What each order asked for: a bid that does not name its GPU is read against it.
  const orders = useMemo(
    () =>
      new Map(
        groups.map((g): [number, OrderGpus] => [g.gseq, { models: requestedModels(g), count: g.gpuCount }]),
      ),
    [groups],
  );
  const rows = useMemo(
    () =>
      (query.data ?? []).map((b) =>
        toBidRow(b, byAddress.get(b.provider), height, blockTimeSec, orders.get(b.gseq)),
      ),
    [query.data, byAddress, height, blockTimeSec, orders],
  );
  return { rows, height, live, isPending: query.isPending, error: query.error };
}
