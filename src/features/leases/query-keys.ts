// Query keys of the leases feature; the network id is element 1.
export const leaseKeys = {
  all: (networkId: string) => ["leases", networkId] as const,
  status: (networkId: string, provider: string, dseq: string, gseq: number, oseq: number) =>
    ["leases", networkId, "status", provider, dseq, gseq, oseq] as const,
};
