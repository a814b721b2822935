// Query keys of the providers feature. Element 1 is always the network id.
export const providerKeys = {
  all: (networkId: string) => ["providers", networkId] as const,
  list: (networkId: string) => ["providers", networkId, "list"] as const,
  audits: (networkId: string) => ["providers", networkId, "audits"] as const,
  detail: (networkId: string, address: string) => ["providers", networkId, "detail", address] as const,
  /** the provider's own /status (through the proxy), per registered host */
  status: (networkId: string, address: string, hostUri: string) =>
    ["providers", networkId, "status", address, hostUri] as const,
};
