import { useQuery } from "@tanstack/react-query";
import { blockTimeQuery } from "../api/block-time";
import { useNetwork } from "../network-context";

/**
 * Seconds per block on the selected network: measured over its last blocks when the node answers
 * (see api/block-time.ts), else the network's configured average.
 */
export function useBlockTime(): { seconds: number; measured: boolean } {
  const { network, rest } = useNetwork();
  const { data } = useQuery(blockTimeQuery(network.id, rest));
  return data
    ? { seconds: data.seconds, measured: true }
    : { seconds: network.averageBlockTimeSec, measured: false };
}
