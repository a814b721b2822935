// Owns what the chain says about providers: the list, one provider's detail and audits, and the
// pieces other features use to show a provider.
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
export { useProviderStatus, useProviderStatuses, type StatusState } from "./hooks/use-provider-status";
export type { Capacity, ProviderCapacity, ProviderStatusView } from "./api/provider-status";
export { useAuditorNames } from "./hooks/use-auditor-names";
export { useChainAuditors, type ChainAuditor } from "./hooks/use-chain-auditors";
export { auditorNameSource, type AuditorName } from "./utils/auditor-name";
