// akash.provider.v1.Status, the newer status provider-services serves over gRPC
// (ProviderRPC/GetStatus, gateway/grpc/server.go): per node capacity/allocatable/allocated of CPU,
// memory, ephemeral storage and GPUs with one GPUInfo per device (vendor, model, interface,
// memory), cluster storage per class, reservation totals (inventory.go getStatusV1) and the
// reclamation window (field 7, added for AEP-82; localnet/codec installs it). leased_ip (field 3
// of Inventory) is left out: alpha.25 has no such field and the simulated providers lease no IPs. Quantities are
// Kubernetes resource.Quantity strings in DecimalSI, as chain-sdk's provider/v1 metrics make them.
import { Status } from "@akashnetwork/chain-sdk/private-types/provider.akash.v1";
import { durationFromSeconds, type Duration } from "../../codec/index.ts";
import type { GpuInventory } from "../market/capacity.ts";
import type { Allocation } from "../market/inventory.ts";
import { activeOnly, NODE_NAME, type StatusInput } from "./legacy.ts";

const SUFFIXES = ["", "k", "M", "G", "T", "P", "E"];

/** resource.Quantity.String() of a DecimalSI value, from milli-units ("500m", "2", "1G"). */
export function decimalSI(milli: bigint): string {
  if (milli === 0n) return "0";
  if (milli % 1000n !== 0n) return `${milli}m`;
  let v = milli / 1000n;
  let i = 0;
  while (i < SUFFIXES.length - 1 && v % 1000n === 0n) {
    v /= 1000n;
    i++;
  }
  return `${v}${SUFFIXES[i]}`;
}

const q = (units: number) => ({ string: decimalSI(BigInt(units) * 1000n) });
const qMilli = (milli: number) => ({ string: decimalSI(BigInt(milli)) });
const pair = (capacity: number, allocated: number, milli = false) => {
  const f = milli ? qMilli : q;
  return { capacity: f(capacity), allocatable: f(capacity), allocated: f(allocated), attributes: [] };
};

// PCI device ids the inventory operator reports for the simulated models.
const PCI_IDS: Record<string, string> = { h100: "2330", a100: "20b5", rtx4090: "2684" };

function gpuInfo(gpus: GpuInventory[]) {
  return gpus.flatMap((g) =>
    Array.from({ length: g.count }, () => ({
      vendor: g.vendor,
      vendorId: g.vendor === "nvidia" ? "10de" : "",
      name: g.model,
      modelid: PCI_IDS[g.model] ?? "",
      interface: g.interface,
      memorySize: g.ram,
    })),
  );
}

function resourcesMetric(list: Allocation[]) {
  const sum = (f: (a: Allocation) => number) => list.reduce((s, a) => s + f(a), 0);
  const storage: Record<string, number> = {};
  for (const a of list)
    for (const [cls, b] of Object.entries(a.persistent)) storage[cls] = (storage[cls] ?? 0) + b;
  return {
    cpu: qMilli(sum((a) => a.cpuMillis)),
    memory: q(sum((a) => a.memoryBytes)),
    gpu: q(sum((a) => a.gpus.reduce((n, g) => n + g, 0))),
    ephemeralStorage: q(sum((a) => a.storageBytes)),
    storage: Object.fromEntries(Object.entries(storage).map(([k, v]) => [k, q(v)])),
  };
}

export function v1Status(s: StatusInput): Status & { reclamationWindow?: Duration } {
  const cap = s.inventory.capacity;
  const all = s.inventory.list();
  const active = all.filter(activeOnly).map((r) => r.allocation);
  const pending = all.filter((r) => !r.active).map((r) => r.allocation);
  const left = s.inventory.available(activeOnly);
  const used = (total: number, free: number) => total - free;
  const gpuTotal = cap.gpus.reduce((n, g) => n + g.count, 0);
  const status = Status.fromPartial({
    errors: [],
    cluster: {
      leases: { active: s.leases },
      inventory: {
        cluster: {
          nodes: [
            {
              name: NODE_NAME,
              resources: {
                cpu: { quantity: pair(cap.cpuMillis, used(cap.cpuMillis, left.cpuMillis), true), info: [] },
                memory: {
                  quantity: pair(cap.memoryBytes, used(cap.memoryBytes, left.memoryBytes)),
                  info: [],
                },
                gpu: {
                  quantity: pair(
                    gpuTotal,
                    used(
                      gpuTotal,
                      left.gpus.reduce((n, g) => n + g, 0),
                    ),
                  ),
                  info: gpuInfo(cap.gpus),
                },
                ephemeralStorage: pair(cap.storageBytes, used(cap.storageBytes, left.storageBytes)),
                volumesAttached: pair(0, 0),
                volumesMounted: pair(0, 0),
              },
              capabilities: { storageClasses: [cap.storageClass] },
            },
          ],
          storage: [
            {
              quantity: pair(
                cap.persistentBytes,
                cap.persistentBytes - (left.persistent[cap.storageClass] ?? 0),
              ),
              info: { class: cap.storageClass, iops: "" },
            },
          ],
        },
        reservations: {
          pending: { count: pending.length, resources: resourcesMetric(pending) },
          active: { count: active.length, resources: resourcesMetric(active) },
        },
      },
    },
    bidEngine: { orders: s.orders },
    manifest: { deployments: s.deployments },
    publicHostnames: [s.hostname],
    timestamp: (s.now ?? (() => new Date()))(),
  });
  const window = s.reclamationWindowSec === null ? undefined : durationFromSeconds(s.reclamationWindowSec);
  return Object.assign(status, { reclamationWindow: window });
}
