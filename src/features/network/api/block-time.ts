// The network's average block time, measured: the time between the latest block and the block
// SAMPLE heights below it, over that many blocks (GET /cosmos/base/tendermint/v1beta1/blocks/{h}).
// Prices per hour and runways use it; the configured value is the fallback while it loads or when
// the node has pruned the older block.
import { queryOptions } from "@tanstack/react-query";
import type { RestClient } from "@/lib/rest-client";
import { networkKeys } from "../query-keys";
import { fetchLatestBlock, parseLatestBlock } from "./latest-block";

export const BLOCK_TIME_SAMPLE = 100;

type BlockResponse = Parameters<typeof parseLatestBlock>[0];

export interface MeasuredBlockTime {
  seconds: number;
  /** blocks the average is over */
  blocks: number;
}

export function averageBlockTime(
  latest: { height: number; time: string },
  older: { height: number; time: string },
): MeasuredBlockTime | null {
  const blocks = latest.height - older.height;
  const seconds = (Date.parse(latest.time) - Date.parse(older.time)) / 1000 / blocks;
  return blocks > 0 && Number.isFinite(seconds) && seconds > 0 ? { seconds, blocks } : null;
}

export async function measureBlockTime(
  rest: RestClient,
  signal?: AbortSignal,
): Promise<MeasuredBlockTime | null> {
  const latest = await fetchLatestBlock(rest, signal);
  const from = Math.max(1, latest.height - BLOCK_TIME_SAMPLE);
  if (from >= latest.height) return null;
  const older = parseLatestBlock(
    await rest.get<BlockResponse>(`/cosmos/base/tendermint/v1beta1/blocks/${from}`, { signal }),
  );
  return averageBlockTime(latest, older);
}

export function blockTimeQuery(networkId: string, rest: RestClient) {
  return queryOptions({
    queryKey: networkKeys.blockTime(networkId),
    queryFn: ({ signal }) => measureBlockTime(rest, signal),
    staleTime: 10 * 60_000,
    retry: 1,
  });
}
