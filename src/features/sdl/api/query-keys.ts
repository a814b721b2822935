// Query keys of the SDL feature. Element 1 is always the network id.
export const sdlKeys = {
  all: (networkId: string) => ["sdl", networkId] as const,
  providerGpus: (networkId: string) => ["sdl", networkId, "provider-gpus"] as const,
};
