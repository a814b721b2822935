import { useQuery } from "@tanstack/react-query";
import { checkEndpoint, type EndpointKind } from "../api/check-endpoint";
import { useNetwork } from "../network-context";
import { networkKeys } from "../query-keys";

export function useEndpointHealth(kind: EndpointKind, url: string) {
  const { network } = useNetwork();
  return useQuery({
    queryKey: [...networkKeys.health(network.id, kind, url), network.chainId, network.name],
    queryFn: () => checkEndpoint(kind, url, { chainId: network.chainId, networkName: network.name }),
    staleTime: 30_000,
  });
}
