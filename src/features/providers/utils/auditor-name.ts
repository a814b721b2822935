// An auditor's name. The chain records an auditor only as an address, so a name comes from one of
// two places, and the page says which: the network's list of known auditors (config: Akash's own
// auditor on mainnet, the local network's), or the auditor account's own provider record on
// chain (its organisation), when it also registered as a provider. Otherwise it has no name.
import type { KnownAuditor } from "@/config/config-json";
import type { ProviderView } from "./map-provider";
import { shortAddress } from "./short-address";

export interface AuditorName {
  address: string;
  /** a name, or the short address when none is known */
  label: string;
  source: "network" | "provider-record" | null;
}

export function auditorName(
  address: string,
  known: readonly KnownAuditor[],
  providers: ReadonlyMap<string, ProviderView>,
): AuditorName {
  const listed = known.find((a) => a.address === address);
  if (listed) return { address, label: listed.name, source: "network" };
  const record = providers.get(address);
  if (record?.organization) return { address, label: record.organization, source: "provider-record" };
  return { address, label: shortAddress(address), source: null };
}

/** Where a name came from, for a tooltip: a tenant may trust one source more than another. */
export function auditorNameSource(name: AuditorName): string {
  if (name.source === "network") return `${name.address}, named by this network's list of known auditors`;
  if (name.source === "provider-record")
    return `${name.address}, named by its own provider record on chain (self-declared)`;
  return `${name.address}: not a known auditor on this network`;
}
