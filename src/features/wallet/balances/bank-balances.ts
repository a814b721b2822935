// Spendable balances: GET /cosmos/bank/v1beta1/balances/{address}, every page.
import { queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";
import { coin, list, pageResponse, parseChainJson, type RawCoin } from "@/lib/chain-json";
import { parseDecimal } from "@/lib/format";
import type { RestClient } from "@/lib/rest-client";
import { useNetwork } from "@/features/network";
import { walletKeys } from "./query-keys";

const balancesResponse = z.object({ balances: list(coin), pagination: pageResponse });

export interface SpendableBalances {
  /** micro-units */
  uakt: number;
  uact: number;
  /** any other denom the account holds (IBC tokens), raw */
  others: RawCoin[];
}

export function toSpendable(coins: RawCoin[]): SpendableBalances {
  const result: SpendableBalances = { uakt: 0, uact: 0, others: [] };
  for (const c of coins) {
    if (c.denom === "uakt" || c.denom === "uact") result[c.denom] += parseDecimal(c.amount);
    else result.others.push(c);
  }
  return result;
}

export async function fetchSpendable(
  rest: RestClient,
  address: string,
  signal?: AbortSignal,
): Promise<SpendableBalances> {
  const coins: RawCoin[] = [];
  let key: string | null = null;
  do {
    const body: unknown = await rest.get<unknown>(
      `/cosmos/bank/v1beta1/balances/${encodeURIComponent(address)}`,
      {
        params: { "pagination.key": key },
        signal,
      },
    );
    const page: z.output<typeof balancesResponse> = parseChainJson(balancesResponse, body, "balances");
    coins.push(...page.balances);
    key = page.pagination.nextKey;
  } while (key);
  return toSpendable(coins);
}

export function spendableQuery(networkId: string, rest: RestClient, address: string) {
  return queryOptions({
    queryKey: walletKeys.bank(networkId, address),
    queryFn: ({ signal }) => fetchSpendable(rest, address, signal),
    staleTime: 10_000,
  });
}

/** The spendable balances of `address`; idle while there is no address (no wallet connected). */
export function useSpendable(address: string | null) {
  const { network, rest } = useNetwork();
  return useQuery({ ...spendableQuery(network.id, rest, address ?? ""), enabled: !!address });
}
