// GET /cosmos/bank/v1beta1/balances/{address}: the wallet's AKT (fees) and ACT (deposits), read
// before a deposit is proposed and polled while minted ACT is on its way.
import { queryOptions } from "@tanstack/react-query";
import * as z from "zod/mini";
import { coin, list, parseChainJson } from "@/lib/chain-json";
import type { RestClient } from "@/lib/rest-client";

const balancesSchema = z.object({ balances: list(coin) });

export interface WalletFunds {
  uakt: bigint;
  uact: bigint;
}

export async function fetchFunds(
  rest: RestClient,
  address: string,
  signal?: AbortSignal,
): Promise<WalletFunds> {
  const body = await rest.get<unknown>(`/cosmos/bank/v1beta1/balances/${address}`, { signal });
  const balances = parseChainJson(balancesSchema, body, "the wallet balance").balances;
  const of = (denom: string) => BigInt(balances.find((b) => b.denom === denom)?.amount.split(".")[0] ?? "0");
  return { uakt: of("uakt"), uact: of("uact") };
}

export function fundsQuery(networkId: string, rest: RestClient, address: string) {
  return queryOptions({
    queryKey: ["deploy", networkId, "funds", address] as const,
    queryFn: ({ signal }) => fetchFunds(rest, address, signal),
    staleTime: 5_000,
  });
}
