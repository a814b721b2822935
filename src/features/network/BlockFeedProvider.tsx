// One websocket subscription to new block headers for the whole app, on the active RPC
// endpoint. Each header updates the latest-block query and notifies listeners (bids, escrow
// time left); when the socket is not open, the latest-block query polls instead.
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { parseNewBlockHeader, subscribeComet, type SocketState } from "@/lib/comet-ws";
import { useNetwork } from "./network-context";
import { networkKeys } from "./query-keys";
import type { LatestBlock } from "./api/latest-block";

type BlockListener = (block: LatestBlock) => void;

interface BlockFeed {
  socketState: SocketState;
  onBlock(listener: BlockListener): () => void;
}

const BlockFeedContext = createContext<BlockFeed | null>(null);

export function BlockFeedProvider({ children }: { children: ReactNode }) {
  const { network, activeRpc } = useNetwork();
  const queryClient = useQueryClient();
  const [socketState, setSocketState] = useState<SocketState>("connecting");
  const listeners = useRef(new Set<BlockListener>());

  useEffect(() => {
    const unsubscribe = subscribeComet({
      rpcUrl: activeRpc,
      query: "tm.event='NewBlockHeader'",
      onState: setSocketState,
      onEvent: (data) => {
        const header = parseNewBlockHeader(data);
        if (!header) return;
        queryClient.setQueryData(networkKeys.latestBlock(network.id), header);
        for (const listener of listeners.current) listener(header);
      },
    });
    return unsubscribe;
  }, [activeRpc, network.id, queryClient]);

  const feed = useMemo<BlockFeed>(
    () => ({
      socketState,
      onBlock(listener) {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [socketState],
  );
  return <BlockFeedContext.Provider value={feed}>{children}</BlockFeedContext.Provider>;
}

export function useBlockFeed(): BlockFeed {
  const feed = useContext(BlockFeedContext);
  if (!feed) throw new Error("useBlockFeed needs a <BlockFeedProvider> above it.");
  return feed;
}
