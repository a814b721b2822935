// Query keys of the market feature. Element 1 is always the network id, element 2 the owner, so
// a refresh after an owner's transaction is a prefix match.
export const marketKeys = {
  all: (networkId: string) => ["market", networkId] as const,
  params: (networkId: string) => ["market", networkId, "params"] as const,
  owner: (networkId: string, owner: string) => ["market", networkId, owner] as const,
  orders: (networkId: string, owner: string, dseq: string) =>
    ["market", networkId, owner, dseq, "orders"] as const,
  bids: (networkId: string, owner: string, dseq: string) =>
    ["market", networkId, owner, dseq, "bids"] as const,
  openBids: (networkId: string, owner: string) => ["market", networkId, owner, "open-bids"] as const,
};
