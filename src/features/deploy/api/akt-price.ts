// GET /akash/oracle/v2/aggregated_price/akt: the AKT/USD price the BME mints ACT at. The oracle
// keys prices by the base denom ("akt"), not "uakt".
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { deployKeys } from "../query-keys";
import { toAktPrice, type AktPrice } from "./bme-json";

export async function fetchAktPrice(rest: RestClient, signal?: AbortSignal): Promise<AktPrice> {
  return toAktPrice(await rest.get<unknown>("/akash/oracle/v2/aggregated_price/akt", { signal }));
}

export function aktPriceQuery(networkId: string, rest: RestClient) {
  return queryOptions({
    queryKey: deployKeys.aktPrice(networkId),
    queryFn: ({ signal }) => fetchAktPrice(rest, signal),
    // The chain re-aggregates every block; a quote older than this is worth refreshing.
    staleTime: 10_000,
    refetchInterval: 15_000,
  });
}

export function useAktPrice() {
  const { network, rest } = useNetwork();
  return useQuery(aktPriceQuery(network.id, rest));
}
