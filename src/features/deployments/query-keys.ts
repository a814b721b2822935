// Query keys of the deployments feature. Element 1 is always the network id, so switching
// network never shows another network's data and invalidation is a prefix match.
export type DeploymentStateFilter = "active" | "closed";

export const deploymentKeys = {
  all: (networkId: string) => ["deployments", networkId] as const,
  owner: (networkId: string, owner: string) => ["deployments", networkId, owner] as const,
  list: (networkId: string, owner: string, state: DeploymentStateFilter) =>
    ["deployments", networkId, owner, "list", state] as const,
  ownerLeases: (networkId: string, owner: string) => ["deployments", networkId, owner, "leases"] as const,
  /** an owner's leases (every state) on one provider: under ownerLeases, so a refresh reaches it */
  providerLeases: (networkId: string, owner: string, provider: string) =>
    ["deployments", networkId, owner, "leases", "provider", provider] as const,
  info: (networkId: string, owner: string, dseq: string) =>
    ["deployments", networkId, owner, "info", dseq] as const,
  leases: (networkId: string, owner: string, dseq: string) =>
    ["deployments", networkId, owner, "info", dseq, "leases"] as const,
};
