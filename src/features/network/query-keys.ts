// Query keys of the network feature. Element 1 is always the network id.
export const networkKeys = {
  all: (networkId: string) => ["network", networkId] as const,
  latestBlock: (networkId: string) => ["network", networkId, "latest-block"] as const,
  blockTime: (networkId: string) => ["network", networkId, "block-time"] as const,
  discovery: (networkId: string) => ["network", networkId, "discovery"] as const,
  health: (networkId: string, kind: string, url: string) =>
    ["network", networkId, "health", kind, url] as const,
};
