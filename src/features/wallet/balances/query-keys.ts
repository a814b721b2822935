// Query keys of the wallet feature. Element 1 is always the network id.
export const walletKeys = {
  all: (networkId: string) => ["wallet", networkId] as const,
  account: (networkId: string, address: string) => ["wallet", networkId, "account", address] as const,
  bank: (networkId: string, address: string) => ["wallet", networkId, "account", address, "bank"] as const,
  escrow: (networkId: string, address: string) =>
    ["wallet", networkId, "account", address, "escrow"] as const,
};
