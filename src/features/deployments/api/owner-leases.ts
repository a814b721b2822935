// GET /akash/market/v1beta5/leases/list?filters.owner=…&filters.state=active (and =reclaiming:
// a lease being reclaimed still runs and is paid), every page: the one query the deployments page
// joins to its rows (never one request per row).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { deploymentKeys } from "../query-keys";
import { toLeaseView } from "../utils/map-deployment";
import type { LeaseView } from "../utils/types";
import { leasesPage } from "./chain-schemas";

const LEASES_PAGE_SIZE = 1000;
/** A runaway guard: 100 pages is 100,000 active leases, far beyond any tenant today. */
const MAX_PAGES = 100;

export async function fetchOwnerLeases(
  rest: RestClient,
  params: { owner: string; state?: string; dseq?: string; provider?: string },
  signal?: AbortSignal,
): Promise<LeaseView[]> {
  const leases: LeaseView[] = [];
  let key: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body: unknown = await rest.get<unknown>("/akash/market/v1beta5/leases/list", {
      signal,
      params: {
        "filters.owner": params.owner,
        "filters.state": params.state,
        "filters.dseq": params.dseq,
        "filters.provider": params.provider,
        "pagination.limit": LEASES_PAGE_SIZE,
        "pagination.key": key,
      },
    });
    const parsed = parseChainJson(leasesPage, body, "the leases list");
    leases.push(...parsed.leases.map(toLeaseView));
    key = parsed.pagination.nextKey;
    if (!key) return leases;
  }
  throw new Error(`More than ${MAX_PAGES * LEASES_PAGE_SIZE} leases: the list was cut short.`);
}

export function ownerLeasesQuery(networkId: string, rest: RestClient, owner: string) {
  return queryOptions({
    queryKey: deploymentKeys.ownerLeases(networkId, owner),
    queryFn: async ({ signal }) =>
      (
        await Promise.all(
          ["active", "reclaiming"].map((state) => fetchOwnerLeases(rest, { owner, state }, signal)),
        )
      ).flat(),
    staleTime: 30_000,
  });
}

export function useOwnerLeases(owner: string) {
  const { network, rest } = useNetwork();
  return useQuery({ ...ownerLeasesQuery(network.id, rest, owner), enabled: !!owner });
}
