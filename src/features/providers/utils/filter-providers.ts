// Filters of the providers page: audited only, one GPU model, and a free-text search over
// name, host, address, region and attribute values.
import type { ProviderView } from "./map-provider";

export interface ProviderFilter {
  query: string;
  auditedOnly: boolean;
  /** a GPU model ("h100"), "any" for any GPU, or "" for no GPU filter */
  gpu: string;
}

export const NO_FILTER: ProviderFilter = { query: "", auditedOnly: false, gpu: "" };

export function gpuModelsOffered(providers: readonly ProviderView[]): string[] {
  return [...new Set(providers.flatMap((p) => p.gpus.map((g) => g.model)))].sort();
}

export function filterProviders(providers: readonly ProviderView[], filter: ProviderFilter): ProviderView[] {
  const needle = filter.query.trim().toLowerCase();
  return providers.filter((p) => {
    if (filter.auditedOnly && !p.audited) return false;
    if (filter.gpu === "any" && p.gpus.length === 0) return false;
    if (filter.gpu && filter.gpu !== "any" && !p.gpus.some((g) => g.model === filter.gpu)) return false;
    if (!needle) return true;
    const haystack = [p.name, p.host, p.address, p.region ?? "", ...p.attributes.map((a) => a.value)];
    return haystack.some((text) => text.toLowerCase().includes(needle));
  });
}
