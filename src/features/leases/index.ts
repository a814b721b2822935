// Public surface of the leases feature: reaching providers through the proxy (JWT, manifest,
// status, streams) and the lease card the deployment page shows.
export { LeaseCard } from "./components/LeaseCard";
export { useProviderAccess } from "./hooks/use-provider-access";
export { useLeaseStatus, type LeaseRef } from "./hooks/use-lease-status";
export { sendManifest, type ManifestOutcome } from "./api/send-manifest";
export { providerRequest, ProxyError, type ProxyTarget } from "./api/proxy-client";
export { createJwtCache, type JwtCache } from "./api/provider-jwt";
export { loadDeploymentRecord, saveDeploymentRecord, type DeploymentRecord } from "./utils/deployment-record";
export { leaseKeys } from "./query-keys";
