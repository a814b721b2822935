// Whether providers answer now, and what capacity they report: one /status per provider (each is
// its own host), shared by every page through the query cache and refreshed every minute.
import { useQueries, useQuery } from "@tanstack/react-query";
import { useNetwork } from "@/features/network";
import { providerStatusQuery, type ProviderStatusView } from "../api/provider-status";
import type { ProviderView } from "../utils/map-provider";

export type StatusState =
  { kind: "checking" } | { kind: "error"; message: string } | ({ kind: "done" } & ProviderStatusView);

function targetOf(proxyUrl: string, networkId: string, p: ProviderView) {
  return { proxyUrl, networkId, providerAddress: p.address, hostUri: p.hostUri };
}

/** A placeholder for a provider not (yet) known: its query never runs. */
const NO_TARGET = { proxyUrl: "", networkId: "", providerAddress: "", hostUri: "" };

function stateOf(q: { data?: ProviderStatusView; error: Error | null }): StatusState {
  if (q.data) return { kind: "done", ...q.data };
  if (q.error) return { kind: "error", message: q.error.message };
  return { kind: "checking" };
}

export function useProviderStatus(provider: ProviderView | undefined): StatusState {
  const { network, appConfig } = useNetwork();
  const target = provider?.hostUri ? targetOf(appConfig.providerProxy, network.id, provider) : null;
  const q = useQuery({
    ...providerStatusQuery(
      target ?? { ...NO_TARGET, proxyUrl: appConfig.providerProxy, networkId: network.id },
    ),
    enabled: !!target,
  });
  return stateOf(q);
}

/** The status of each provider, by address. */
export function useProviderStatuses(providers: readonly ProviderView[]): ReadonlyMap<string, StatusState> {
  const { network, appConfig } = useNetwork();
  const withHost = providers.filter((p) => p.hostUri);
  return useQueries({
    queries: withHost.map((p) => providerStatusQuery(targetOf(appConfig.providerProxy, network.id, p))),
    combine: (results) => new Map(results.map((q, i) => [withHost[i]?.address ?? "", stateOf(q)])),
  });
}
