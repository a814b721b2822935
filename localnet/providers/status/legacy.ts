// GET /status on the provider gateway, as provider-services writes it (gateway/rest/router.go
// createStatusHandler): chain-sdk go/provider/client ProviderStatus plus the provider's address,
// encoded by Go's encoding/json — so `omitempty` fields vanish when empty, and the reclamation
// window is a time.Duration: an integer of nanoseconds.
//   cluster.inventory.active / pending   one MetricTotal per reservation (lease / open bid)
//   cluster.inventory.available.nodes    per node: allocatable and available (after leases)
//   cluster.inventory.available.storage  per storage class: bytes available
import type { Allocation, Inventory, Reservation } from "../market/inventory.ts";

export interface StatusInput {
  address: string;
  hostname: string;
  inventory: Inventory;
  /** leases the cluster runs (deployment managers) */
  leases: number;
  /** orders the bid engine is working on */
  orders: number;
  /** deployments with a manifest */
  deployments: number;
  reclamationWindowSec: number | null;
  now?: () => Date;
}

/** The node the simulated cluster is: every provider runs one. */
export const NODE_NAME = "node-1";

/** inventory/v1 MetricTotal of one reservation (MetricTotal.AddResources over its units). */
function metricTotal(a: Allocation) {
  const out: Record<string, unknown> = {
    cpu: a.cpuMillis,
    gpu: a.gpus.reduce((s, n) => s + n, 0),
    memory: a.memoryBytes,
    storage_ephemeral: a.storageBytes,
  };
  if (Object.keys(a.persistent).length > 0) out.storage = { ...a.persistent };
  return out;
}

export const activeOnly = (r: Reservation) => r.active;

export function legacyStatus(s: StatusInput): Record<string, unknown> {
  const cap = s.inventory.capacity;
  const reservations = s.inventory.list();
  const left = s.inventory.available(activeOnly);
  const inventory: Record<string, unknown> = {};
  const active = reservations.filter((r) => r.active).map((r) => metricTotal(r.allocation));
  const pending = reservations.filter((r) => !r.active).map((r) => metricTotal(r.allocation));
  if (active.length > 0) inventory.active = active;
  if (pending.length > 0) inventory.pending = pending;
  inventory.available = {
    nodes: [
      {
        name: NODE_NAME,
        allocatable: {
          cpu: cap.cpuMillis,
          gpu: cap.gpus.reduce((n, g) => n + g.count, 0),
          memory: cap.memoryBytes,
          storage_ephemeral: cap.storageBytes,
        },
        available: {
          cpu: left.cpuMillis,
          gpu: left.gpus.reduce((n, g) => n + g, 0),
          memory: left.memoryBytes,
          storage_ephemeral: left.storageBytes,
        },
      },
    ],
    storage: Object.entries(left.persistent).map(([cls, size]) => ({ class: cls, size })),
  };
  const body: Record<string, unknown> = {
    cluster: { leases: s.leases, inventory },
    bidengine: { orders: s.orders },
    manifest: { deployments: s.deployments },
    cluster_public_hostname: s.hostname,
  };
  if (s.reclamationWindowSec !== null) body.reclamation_window = s.reclamationWindowSec * 1e9;
  body.address = s.address;
  return body;
}
