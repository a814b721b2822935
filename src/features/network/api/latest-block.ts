import { queryOptions } from "@tanstack/react-query";
import type { RestClient } from "@/lib/rest-client";
import { networkKeys } from "../query-keys";

export interface LatestBlock {
  height: number;
  time: string;
}

interface LatestBlockResponse {
  block?: { header?: { height?: string; time?: string } };
}

export function parseLatestBlock(body: LatestBlockResponse): LatestBlock {
  const height = Number(body.block?.header?.height);
  const time = body.block?.header?.time;
  if (!Number.isSafeInteger(height) || typeof time !== "string")
    throw new Error("The REST endpoint returned a block without a height.");
  return { height, time };
}

export async function fetchLatestBlock(rest: RestClient, signal?: AbortSignal): Promise<LatestBlock> {
  return parseLatestBlock(
    await rest.get<LatestBlockResponse>("/cosmos/base/tendermint/v1beta1/blocks/latest", { signal }),
  );
}

export function latestBlockQuery(networkId: string, rest: RestClient, pollMs: number | false) {
  return queryOptions({
    queryKey: networkKeys.latestBlock(networkId),
    queryFn: ({ signal }) => fetchLatestBlock(rest, signal),
    refetchInterval: pollMs,
    staleTime: 1_000,
  });
}
