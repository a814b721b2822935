import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNetwork } from "@/features/network";
import { spendableQuery } from "./bank-balances";
import { escrowQuery } from "./escrow-balance";
import { walletKeys } from "./query-keys";

/** Spendable and escrowed balances of one account, with one refresh for both. */
export function useBalances(address: string) {
  const { network, rest } = useNetwork();
  const queryClient = useQueryClient();
  const spendable = useQuery(spendableQuery(network.id, rest, address));
  const escrow = useQuery(escrowQuery(network.id, rest, address));
  return {
    spendable,
    escrow,
    refreshing: spendable.isFetching || escrow.isFetching,
    refresh: () => queryClient.invalidateQueries({ queryKey: walletKeys.account(network.id, address) }),
  };
}
