// A provider's capacity and what is reserved out of it. Reservations are keyed by order
// (owner/dseq/gseq/oseq): one is taken when the provider bids ("pending"), becomes "active" when
// its lease exists, and is dropped when the chain says the bid lost or the lease closed — the
// pending/active split the real provider's inventory service reports. Pure: the bid engine decides
// when to reserve, activate and release from what it reads on chain.
import type { Capacity } from "./capacity.ts";
import type { GroupSpec } from "./groupSpec.ts";
import { gpuModelMatches } from "./gpuAttributes.ts";

export interface Allocation {
  cpuMillis: number;
  memoryBytes: number;
  /** ephemeral (node-local) storage */
  storageBytes: number;
  /** persistent volumes by storage class (the class attribute of a persistent volume) */
  persistent: Record<string, number>;
  /** GPU units taken, by inventory index */
  gpus: number[];
  /**
   * The GPU each resource unit got, by resource id → inventory index: every replica of a unit runs
   * on one model, as provider-services refuses a group whose replicas would differ
   * (ErrGroupResourceMismatch). The bid offers exactly this model.
   */
  gpuByUnit: Record<number, number>;
}

export interface Reservation {
  key: string;
  allocation: Allocation;
  /** true once the order's lease exists (the real provider's "allocated" reservation) */
  active: boolean;
}

export const emptyAllocation = (): Allocation => ({
  cpuMillis: 0,
  memoryBytes: 0,
  storageBytes: 0,
  persistent: {},
  gpus: [],
  gpuByUnit: {},
});

const persistentTotal = (a: Allocation) => Object.values(a.persistent).reduce((s, v) => s + v, 0);

/** A persistent volume's class ("beta3"), or null for ephemeral storage. */
function persistentClass(attrs: { key: string; value: string }[]): string | null {
  const persistent = attrs.some((a) => a.key === "persistent" && a.value === "true");
  if (!persistent) return null;
  return attrs.find((a) => a.key === "class")?.value ?? "default";
}

export class Inventory {
  private readonly reservations = new Map<string, Reservation>();

  constructor(readonly capacity: Capacity) {}

  /** What is left after the given reservations (all of them by default). */
  available(which: (r: Reservation) => boolean = () => true): Allocation {
    const left: Allocation = {
      cpuMillis: this.capacity.cpuMillis,
      memoryBytes: this.capacity.memoryBytes,
      storageBytes: this.capacity.storageBytes,
      persistent: { [this.capacity.storageClass]: this.capacity.persistentBytes },
      gpus: this.capacity.gpus.map((g) => g.count),
      gpuByUnit: {},
    };
    for (const r of this.reservations.values()) {
      if (!which(r)) continue;
      const a = r.allocation;
      left.cpuMillis -= a.cpuMillis;
      left.memoryBytes -= a.memoryBytes;
      left.storageBytes -= a.storageBytes;
      for (const [cls, bytes] of Object.entries(a.persistent))
        left.persistent[cls] = (left.persistent[cls] ?? 0) - bytes;
      a.gpus.forEach((n, i) => (left.gpus[i] = (left.gpus[i] ?? 0) - n));
    }
    return left;
  }

  /** The allocation this group would take, or null when it does not fit in what is left. */
  plan(spec: GroupSpec): Allocation | null {
    const left = this.available();
    const take: Allocation = { ...emptyAllocation(), gpus: left.gpus.map(() => 0) };
    for (const unit of spec.resources) {
      take.cpuMillis += unit.cpuMillis * unit.count;
      take.memoryBytes += unit.memoryBytes * unit.count;
      for (const s of unit.storage) {
        const cls = persistentClass(s.attributes);
        if (cls === null) take.storageBytes += s.bytes * unit.count;
        else take.persistent[cls] = (take.persistent[cls] ?? 0) + s.bytes * unit.count;
      }
      if (unit.gpuUnits === 0) continue;
      // All replicas of a unit take one model: the first in inventory order with room for them all.
      const need = unit.gpuUnits * unit.count;
      const idx = this.capacity.gpus.findIndex(
        (g, i) =>
          (left.gpus[i] ?? 0) - (take.gpus[i] ?? 0) >= need &&
          unit.gpuAttributes.some((a) => gpuModelMatches(a.key, g)),
      );
      if (idx < 0) return null;
      take.gpus[idx] = (take.gpus[idx] ?? 0) + need;
      take.gpuByUnit[unit.id] = idx;
    }
    const storageFits = Object.entries(take.persistent).every(([cls, b]) => b <= (left.persistent[cls] ?? 0));
    const fits =
      take.cpuMillis <= left.cpuMillis &&
      take.memoryBytes <= left.memoryBytes &&
      take.storageBytes <= left.storageBytes &&
      storageFits;
    return fits ? take : null;
  }

  reserve(key: string, allocation: Allocation, active = false): void {
    this.reservations.set(key, { key, allocation, active });
  }

  /** Marks a reservation as held by a lease (allocated), or back to a pending bid. */
  setActive(key: string, active: boolean): void {
    const r = this.reservations.get(key);
    if (r) r.active = active;
  }

  release(key: string): boolean {
    return this.reservations.delete(key);
  }

  has(key: string): boolean {
    return this.reservations.has(key);
  }

  keys(): string[] {
    return [...this.reservations.keys()];
  }

  list(): Reservation[] {
    return [...this.reservations.values()];
  }

  /** The GPU models a reservation holds (what its workload runs on), in inventory order. */
  gpuModelsOf(key: string): string[] {
    const units = this.reservations.get(key)?.allocation.gpus ?? [];
    return this.capacity.gpus.filter((_, i) => (units[i] ?? 0) > 0).map((g) => g.model);
  }
}

export { persistentTotal };
