// How the page reaches one provider: the proxy target (the host registered on chain, through
// the console server's proxy) and a JWT for a deployment (one deployment when this browser holds
// its manifest), minted through the wallet once and reused (see provider-jwt.ts). With no proxy
// configured (a static host without one), there is no target and the pages say so.
import { useCallback, useMemo } from "react";
import { loadDeploymentRecord, manifestServices } from "@/features/deployments";
import { useNetwork } from "@/features/network";
import { useProviders } from "@/features/providers";
import { useWallet } from "@/features/wallet";
import { createJwtCache, type JwtCache } from "../api/provider-jwt";
import type { ProxyTarget } from "../api/proxy-client";

// One cache per network and address for the page's life: tokens are secrets and never stored.
const caches = new Map<string, JwtCache>();

/** The JWT cache useProviderAccess made for this network and address, if any. */
export function jwtCacheFor(networkId: string, address: string | null): JwtCache | null {
  return address ? (caches.get(`${networkId}/${address}`) ?? null) : null;
}

export function useProviderAccess() {
  const { network, appConfig } = useNetwork();
  const { byAddress } = useProviders();
  const wallet = useWallet();
  const { address, signArbitrary } = wallet;

  const proxyUrl = appConfig.providerProxy;
  const target = useCallback(
    (provider: string): ProxyTarget | null => {
      const hostUri = byAddress.get(provider)?.hostUri;
      if (!hostUri || !proxyUrl) return null;
      return { proxyUrl, networkId: network.id, providerAddress: provider, hostUri };
    },
    [byAddress, proxyUrl, network.id],
  );

  const jwt = useMemo(() => {
    if (!address) return null;
    let cache = caches.get(`${network.id}/${address}`);
    if (!cache) {
      const networkId = network.id;
      cache = createJwtCache(
        { address, signArbitrary },
        {
          // The manifest this browser sent names the services a per-deployment token must list.
          servicesOf: (dseq) =>
            manifestServices(loadDeploymentRecord(networkId, address, dseq)?.manifestJson),
        },
      );
      caches.set(`${network.id}/${address}`, cache);
    }
    return cache;
  }, [address, signArbitrary, network.id]);

  return {
    target,
    jwt,
    proxyConfigured: proxyUrl !== null,
    providerName: (p: string) => byAddress.get(p)?.name ?? p,
  };
}
