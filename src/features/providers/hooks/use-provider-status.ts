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

/** With no provider proxy (a static host without one), /status cannot be asked: said as such. */
const NO_PROXY: StatusState = {
  kind: "error",
  message: "this console has no provider proxy (config.json sets none), so it cannot ask providers.",
};

function stateOf(q: { data?: ProviderStatusView; error: Error | null }): StatusState {
  if (q.data) return { kind: "done", ...q.data };
  if (q.error) return { kind: "error", message: q.error.message };
  return { kind: "checking" };
}

export function useProviderStatus(provider: ProviderView | undefined): StatusState {
  const { network, appConfig } = useNetwork();
  const proxyUrl = appConfig.providerProxy;
  const target = provider?.hostUri && proxyUrl ? targetOf(proxyUrl, network.id, provider) : null;
  const q = useQuery({
    ...providerStatusQuery(target ?? { ...NO_TARGET, proxyUrl: proxyUrl ?? "", networkId: network.id }),
    enabled: !!target,
  });
  return proxyUrl === null ? NO_PROXY : stateOf(q);
}

/** The status of each provider, by address. */
export function useProviderStatuses(providers: readonly ProviderView[]): ReadonlyMap<string, StatusState> {
  const { network, appConfig } = useNetwork();
  const proxyUrl = appConfig.providerProxy;
  const withHost = providers.filter((p) => p.hostUri);
  const asked = proxyUrl === null ? [] : withHost;
  const statuses = useQueries({
    queries: asked.map((p) => providerStatusQuery(targetOf(proxyUrl ?? "", network.id, p))),
    combine: (results) => new Map(results.map((q, i) => [asked[i]?.address ?? "", stateOf(q)])),
  });
  return proxyUrl === null ? new Map(withHost.map((p) => [p.address, NO_PROXY])) : statuses;
}
