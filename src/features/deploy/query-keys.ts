// Query keys of the deploy feature. Element 1 is the network id, so a network switch never shows
// another chain's price or parameters. Chain reads sit under `chain`, so a refresh after a
// transaction refetches them without rebuilding SDLs (builds depend only on their text).
const chain = (networkId: string) => ["deploy", networkId, "chain"] as const;

export const deployKeys = {
  chain,
  aktPrice: (networkId: string) => [...chain(networkId), "oracle", "aggregated-price", "akt"] as const,
  bmeParams: (networkId: string) => [...chain(networkId), "bme", "params"] as const,
  bmeStatus: (networkId: string) => [...chain(networkId), "bme", "status"] as const,
  build: (networkId: string, kind: string, sdl: string) => ["deploy", networkId, "build", kind, sdl] as const,
  updatePlan: (networkId: string, kind: string, deployed: string, edited: string | null) =>
    ["deploy", networkId, "update-plan", kind, deployed, edited] as const,
};
