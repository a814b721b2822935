// What hardware a simulated provider has: the input of the bid engine (inventory, order fit,
// pricing). Declared here, beside the engine, so the demo profiles import the engine's shapes and
// never the other way round.

export interface GpuInventory {
  vendor: string;
  model: string;
  ram: string;
  interface: "pcie" | "sxm";
  count: number;
}

export interface Capacity {
  cpuMillis: number;
  memoryBytes: number;
  /** node-local (ephemeral) storage */
  storageBytes: number;
  /** the persistent storage pool, of one class (the one advertised in the attributes) */
  persistentBytes: number;
  storageClass: string;
  gpus: GpuInventory[];
}
