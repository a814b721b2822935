// A lease's status from its provider, polled quickly until every service is ready, then slowly.
import { useQuery } from "@tanstack/react-query";
import { useNetwork } from "@/features/network";
import { useWallet } from "@/features/wallet";
import { fetchLeaseStatus } from "../api/lease-status";
import { leaseKeys } from "../query-keys";
import { jwtCacheFor, useProviderAccess } from "./use-provider-access";

export interface LeaseRef {
  dseq: string;
  gseq: number;
  oseq: number;
  provider: string;
}

export function useLeaseStatus(lease: LeaseRef, enabled: boolean) {
  const { network, appConfig } = useNetwork();
  const { address } = useWallet();
  const { target } = useProviderAccess();
  const { dseq, gseq, oseq, provider } = lease;
  const hostUri = target(provider)?.hostUri ?? null;
  const proxyUrl = appConfig.providerProxy;
  const networkId = network.id;
  return useQuery({
    queryKey: [...leaseKeys.status(networkId, provider, dseq, gseq, oseq), address, hostUri, proxyUrl],
    queryFn: async ({ signal }) => {
      const jwt = jwtCacheFor(networkId, address);
      if (!hostUri || !jwt || !proxyUrl) throw new Error("The provider's host is not known yet.");
      const token = await jwt.token(provider, dseq);
      return fetchLeaseStatus(
        { proxyUrl, networkId, providerAddress: provider, hostUri },
        { dseq, gseq, oseq },
        token,
        signal,
      );
    },
    enabled: enabled && !!hostUri && !!address && !!proxyUrl,
    refetchInterval: (q) => (q.state.data?.allReady ? 30_000 : 2_000),
    retry: 1,
  });
}
