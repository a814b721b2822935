// Owns talking to a lease's provider through the console server's proxy: provider JWTs, manifest
// delivery, lease status, logs and events, and the lease card that shows them.
export { LeaseCard } from "./components/LeaseCard";
export { useProviderAccess } from "./hooks/use-provider-access";
export { useLeaseStatus, type LeaseRef } from "./hooks/use-lease-status";
export { sendManifest, type ManifestOutcome } from "./api/send-manifest";
export { providerRequest, ProxyError, type ProxyTarget } from "./api/proxy-client";
export { createJwtCache, type JwtCache } from "./api/provider-jwt";
export { leaseKeys } from "./query-keys";
export type { LeaseStatus, ServiceStatus } from "./api/lease-status";
