import { useQuery } from "@tanstack/react-query";
import { latestBlockQuery } from "../api/latest-block";
import { useBlockFeed } from "../BlockFeedProvider";
import { useNetwork } from "../network-context";

/** The latest block, live: pushed by the websocket feed, polled when the socket is down. */
export function useLatestBlock() {
  const { network, rest } = useNetwork();
  const { socketState } = useBlockFeed();
  const pollMs = socketState === "open" ? false : Math.max(2_000, network.averageBlockTimeSec * 1000);
  const { data, error } = useQuery(latestBlockQuery(network.id, rest, pollMs));
  return { data, error, socketState };
}
