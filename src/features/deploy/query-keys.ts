// Query keys of the deploy feature's chain reads. Element 1 is the network id, so a network
// switch never shows another chain's price or parameters.
export const deployKeys = {
  aktPrice: (networkId: string) => ["deploy", networkId, "oracle", "aggregated-price", "akt"] as const,
  bmeParams: (networkId: string) => ["deploy", networkId, "bme", "params"] as const,
  bmeStatus: (networkId: string) => ["deploy", networkId, "bme", "status"] as const,
};
