// The auditors on the selected network: every account that has signed a provider's attributes on
// chain (one read of the audit list, shared with the providers page), named like bids name them,
// with how many providers each one vouches for. A placement's signedBy picks from these.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useNetwork } from "@/features/network";
import { auditedAttributesQuery } from "../api/audited-attributes";
import type { AuditorName } from "../utils/auditor-name";
import { useAuditorNames } from "./use-auditor-names";

export interface ChainAuditor {
  name: AuditorName;
  /** providers whose attributes it signed */
  providers: number;
}

export function useChainAuditors(): { auditors: ChainAuditor[]; isLoading: boolean; error: Error | null } {
  const { network, rest } = useNetwork();
  const audits = useQuery(auditedAttributesQuery(network.id, rest));
  const nameOf = useAuditorNames();
  const auditors = useMemo(() => {
    const counts = new Map<string, Set<string>>();
    for (const a of audits.data ?? [])
      counts.set(a.auditor, (counts.get(a.auditor) ?? new Set()).add(a.owner));
    return [...counts.entries()]
      .map(([address, owners]) => ({ name: nameOf(address), providers: owners.size }))
      .sort((a, b) => b.providers - a.providers || a.name.label.localeCompare(b.name.label));
  }, [audits.data, nameOf]);
  return { auditors, isLoading: audits.isPending, error: audits.error };
}
