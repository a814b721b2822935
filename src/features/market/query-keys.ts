// Query keys of the market feature; the network id is element 1 (see network/query-keys.ts).
export const marketKeys = {
  all: (networkId: string) => ["market", networkId] as const,
  bids: (networkId: string, owner: string, dseq: string) =>
    ["market", networkId, "bids", owner, dseq] as const,
  orders: (networkId: string, owner: string, dseq: string) =>
    ["market", networkId, "orders", owner, dseq] as const,
};
