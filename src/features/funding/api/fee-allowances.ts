// Fee allowances an address holds (GET /cosmos/feegrant/v1beta1/allowances/{grantee}) and gave
// (…/issued/{granter}), every page, as views.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { fundingKeys } from "../query-keys";
import { allowancesResponse, toAllowanceView, type FeeAllowanceView } from "./grant-json";

export type AllowanceSide = "granter" | "grantee";

export async function fetchAllowances(
  rest: RestClient,
  side: AllowanceSide,
  address: string,
  signal?: AbortSignal,
): Promise<FeeAllowanceView[]> {
  const out: FeeAllowanceView[] = [];
  const path = side === "grantee" ? "allowances" : "issued";
  let key: string | null = null;
  do {
    const body: unknown = await rest.get(`/cosmos/feegrant/v1beta1/${path}/${encodeURIComponent(address)}`, {
      params: { "pagination.key": key },
      signal,
    });
    const page = parseChainJson(allowancesResponse, body, "fee allowances");
    out.push(...page.allowances.map((a) => toAllowanceView(a.granter, a.grantee, a.allowance)));
    key = page.pagination.nextKey;
  } while (key);
  return out;
}

export function allowancesQuery(networkId: string, rest: RestClient, side: AllowanceSide, address: string) {
  return queryOptions({
    queryKey:
      side === "granter"
        ? fundingKeys.allowancesGiven(networkId, address)
        : fundingKeys.allowancesHeld(networkId, address),
    queryFn: ({ signal }) => fetchAllowances(rest, side, address, signal),
    staleTime: 15_000,
  });
}

export function useAllowances(side: AllowanceSide, address: string | null) {
  const { network, rest } = useNetwork();
  return useQuery({ ...allowancesQuery(network.id, rest, side, address ?? ""), enabled: !!address });
}
