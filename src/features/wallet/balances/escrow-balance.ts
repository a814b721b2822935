// ACT (and legacy AKT) held in escrow across the owner's active deployments: one owner-wide
// list (paged by next_key), summing each escrow account's funds. Funds are as of each
// account's last settlement, so they are an upper bound of what is left right now.
import { queryOptions } from "@tanstack/react-query";
import * as z from "zod/mini";
import { coin, list, pageResponse, parseChainJson } from "@/lib/chain-json";
import { parseDecimal } from "@/lib/format";
import type { RestClient } from "@/lib/rest-client";
import { walletKeys } from "./query-keys";

const PAGE_SIZE = 500;

const deploymentsResponse = z.object({
  deployments: list(
    z.object({
      escrow_account: z.nullish(z.object({ state: z.nullish(z.object({ funds: list(coin) })) })),
    }),
  ),
  pagination: pageResponse,
});

type DeploymentsPage = z.output<typeof deploymentsResponse>;

export interface EscrowTotals {
  /** micro-units, decimals kept */
  uact: number;
  uakt: number;
  activeDeployments: number;
}

export function addEscrowFunds(totals: EscrowTotals, page: DeploymentsPage): EscrowTotals {
  const next = { ...totals, activeDeployments: totals.activeDeployments + page.deployments.length };
  for (const d of page.deployments) {
    for (const c of d.escrow_account?.state?.funds ?? []) {
      if (c.denom === "uact" || c.denom === "uakt") next[c.denom] += parseDecimal(c.amount);
    }
  }
  return next;
}

export async function fetchEscrowTotals(
  rest: RestClient,
  owner: string,
  signal?: AbortSignal,
): Promise<EscrowTotals> {
  let totals: EscrowTotals = { uact: 0, uakt: 0, activeDeployments: 0 };
  let key: string | null = null;
  do {
    const body: unknown = await rest.get<unknown>("/akash/deployment/v1beta4/deployments/list", {
      params: {
        "filters.owner": owner,
        "filters.state": "active",
        "pagination.limit": PAGE_SIZE,
        "pagination.key": key,
      },
      signal,
    });
    const page: DeploymentsPage = parseChainJson(deploymentsResponse, body, "the deployment list");
    totals = addEscrowFunds(totals, page);
    key = page.pagination.nextKey;
  } while (key);
  return totals;
}

export function escrowQuery(networkId: string, rest: RestClient, owner: string) {
  return queryOptions({
    queryKey: walletKeys.escrow(networkId, owner),
    queryFn: ({ signal }) => fetchEscrowTotals(rest, owner, signal),
    staleTime: 10_000,
  });
}
