// Provides the selected network, its endpoint pools (with failover) and the user's custom
// endpoints. Everything network-dependent reads from here; query keys carry network.id.
import { useCallback, useMemo, useSyncExternalStore, type ReactNode } from "react";
import type { AppConfig } from "@/config/runtime-config";
import { EndpointPool } from "@/lib/endpoint-pool";
import { HttpError } from "@/lib/http";
import { createRestClient } from "@/lib/rest-client";
import { NetworkContext, type NetworkContextValue } from "./network-context";
import { usePersisted } from "@/lib/persisted-store";
import {
  networkPrefsStore,
  withCustomEndpoint,
  withoutCustomEndpoint,
  type NetworkPrefs,
} from "./network-prefs";

function usePoolActive(pool: EndpointPool): string {
  return useSyncExternalStore(
    (notify) => pool.subscribe(notify),
    () => pool.active,
  );
}

function unique(urls: string[]): string[] {
  return [...new Set(urls)];
}

export function NetworkProvider({ appConfig, children }: { appConfig: AppConfig; children: ReactNode }) {
  // Shared with every tab: choosing a network or adding an endpoint in one applies in all.
  const prefs = usePersisted(networkPrefsStore);
  const update = useCallback(
    (next: (p: NetworkPrefs) => NetworkPrefs) => void networkPrefsStore.set(next(networkPrefsStore.get())),
    [],
  );

  const base =
    appConfig.networks.find((n) => n.id === prefs.selected) ??
    appConfig.networks.find((n) => n.id === appConfig.defaultNetwork) ??
    appConfig.networks[0];
  if (!base) throw new Error("No network is configured.");
  const custom = useMemo(() => prefs.custom[base.id] ?? { rpc: [], rest: [] }, [prefs.custom, base.id]);

  const network = useMemo(
    () => ({
      ...base,
      rpc: unique([...custom.rpc, ...base.rpc]),
      rest: unique([...custom.rest, ...base.rest]),
    }),
    [base, custom],
  );
  const rest = useMemo(() => createRestClient(network.rest), [network.rest]);
  const rpcPool = useMemo(
    () =>
      new EndpointPool(network.rpc, {
        isEndpointFailure: (err) => !(err instanceof HttpError) || err.isEndpointFailure,
      }),
    [network.rpc],
  );
  const activeRest = usePoolActive(rest.pool);
  const activeRpc = usePoolActive(rpcPool);

  const value = useMemo<NetworkContextValue>(
    () => ({
      appConfig,
      networks: appConfig.networks,
      network,
      rest,
      rpcPool,
      activeRest,
      activeRpc,
      custom,
      selectNetwork: (id) => update((p) => ({ ...p, selected: id })),
      addCustomEndpoint: (kind, url) => update((p) => withCustomEndpoint(p, network.id, kind, url)),
      removeCustomEndpoint: (kind, url) => update((p) => withoutCustomEndpoint(p, network.id, kind, url)),
    }),
    [appConfig, network, rest, rpcPool, activeRest, activeRpc, custom, update],
  );
  return <NetworkContext.Provider value={value}>{children}</NetworkContext.Provider>;
}
