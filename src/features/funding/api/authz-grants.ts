// Authz grants an address gave (GET /cosmos/authz/v1beta1/grants/granter/{a}) and holds
// (…/grants/grantee/{a}), every page, as views. Deposit grants carry their limits per denom.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { fundingKeys } from "../query-keys";
import { grantAuthorizationsResponse, toGrantView, type AuthzGrantView } from "./grant-json";

export type GrantSide = "granter" | "grantee";

export async function fetchGrants(
  rest: RestClient,
  side: GrantSide,
  address: string,
  signal?: AbortSignal,
): Promise<AuthzGrantView[]> {
  const out: AuthzGrantView[] = [];
  let key: string | null = null;
  do {
    const body: unknown = await rest.get(
      `/cosmos/authz/v1beta1/grants/${side}/${encodeURIComponent(address)}`,
      {
        params: { "pagination.key": key },
        signal,
      },
    );
    const page = parseChainJson(grantAuthorizationsResponse, body, "authz grants");
    out.push(...page.grants.map(toGrantView));
    key = page.pagination.nextKey;
  } while (key);
  return out;
}

export function grantsQuery(networkId: string, rest: RestClient, side: GrantSide, address: string) {
  return queryOptions({
    queryKey:
      side === "granter"
        ? fundingKeys.grantsGiven(networkId, address)
        : fundingKeys.grantsHeld(networkId, address),
    queryFn: ({ signal }) => fetchGrants(rest, side, address, signal),
    staleTime: 15_000,
  });
}

/** Grants `address` gave (side "granter") or holds (side "grantee"); idle without an address. */
export function useGrants(side: GrantSide, address: string | null) {
  const { network, rest } = useNetwork();
  return useQuery({ ...grantsQuery(network.id, rest, side, address ?? ""), enabled: !!address });
}
