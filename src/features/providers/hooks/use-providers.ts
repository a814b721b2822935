// All providers with their audits joined: two requests however many providers there are.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useNetwork } from "@/features/network";
import { auditedAttributesQuery } from "../api/audited-attributes";
import { providersListQuery } from "../api/providers-list";
import { indexAudits, toProviderView, type ProviderView } from "../utils/map-provider";

export interface ProvidersResult {
  providers: ProviderView[];
  byAddress: ReadonlyMap<string, ProviderView>;
  isLoading: boolean;
  error: Error | null;
  refetch(): void;
}

export function useProviders(): ProvidersResult {
  const { network, rest } = useNetwork();
  const list = useQuery(providersListQuery(network.id, rest));
  const audits = useQuery(auditedAttributesQuery(network.id, rest));
  const providers = useMemo(() => {
    if (!list.data) return [];
    const byOwner = indexAudits(audits.data ?? []);
    return list.data.map((p) => toProviderView(p, byOwner.get(p.owner) ?? []));
  }, [list.data, audits.data]);
  const byAddress = useMemo(() => new Map(providers.map((p) => [p.address, p])), [providers]);
  const { refetch: refetchList } = list;
  const { refetch: refetchAudits } = audits;
  return {
    providers,
    byAddress,
    isLoading: list.isPending,
    error: list.error ?? audits.error,
    refetch: () => {
      void refetchList();
      void refetchAudits();
    },
  };
}
