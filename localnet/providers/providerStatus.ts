// GET /status body: the provider's cluster/bid engine/manifest status plus its address, in the
// shape of provider-services' status (chain-sdk go/provider/client ProviderStatus + inventory).
import type { Inventory } from "./market/inventory.ts";

export function providerStatusBody(
  address: string,
  inventory: Inventory,
  leases: number,
  deployments: number,
  orders: number,
): unknown {
  const cap = inventory.capacity;
  const left = inventory.available();
  const gpuTotal = cap.gpus.reduce((s, g) => s + g.count, 0);
  const gpuLeft = left.gpus.reduce((s, n) => s + n, 0);
  return {
    cluster: {
      leases,
      inventory: {
        active: [],
        available: {
          nodes: [
            {
              name: "node-1",
              allocatable: {
                cpu: cap.cpuMillis,
                gpu: gpuTotal,
                memory: cap.memoryBytes,
                storage_ephemeral: cap.storageBytes,
              },
              available: {
                cpu: left.cpuMillis,
                gpu: gpuLeft,
                memory: left.memoryBytes,
                storage_ephemeral: left.storageBytes,
              },
            },
          ],
          storage: [{ class: "beta3", size: left.storageBytes }],
        },
      },
    },
    bidengine: { orders },
    manifest: { deployments },
    cluster_public_hostname: "127.0.0.1",
    address,
  };
}
