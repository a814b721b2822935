// Public surface of the providers feature: the list and detail hooks, and the pieces other
// features (deployments, bids) use to show a provider.
export { useProviders, type ProvidersResult } from "./hooks/use-providers";
export { providersListQuery } from "./api/providers-list";
export { auditedAttributesQuery } from "./api/audited-attributes";
export { providerQuery, useProvider } from "./api/provider-info";
export { ProviderBadge, AuditedMark, gpuLabel } from "./components/ProviderBadge";
export { ProvidersPage } from "./components/ProvidersPage";
export { ProviderDetail } from "./components/ProviderDetail";
export { providerKeys } from "./query-keys";
export type { ProviderView, GpuModel } from "./utils/map-provider";
export { shortAddress } from "./utils/short-address";
