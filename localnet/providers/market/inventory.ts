// A provider's capacity and what is reserved out of it. Reservations are keyed by order
// (owner/dseq/gseq/oseq): one is taken when the provider bids, kept while its bid is open or its
// lease active, and dropped when the chain says the bid lost or the lease closed. Pure: the bid
// engine decides when to reserve and release from what it reads on chain.
import type { Capacity } from "./capacity.ts";
import type { GroupSpec } from "./groupSpec.ts";
import { gpuModelMatches } from "./gpuAttributes.ts";

export interface Allocation {
  cpuMillis: number;
  memoryBytes: number;
  storageBytes: number;
  /** GPU units taken, by inventory index */
  gpus: number[];
}

export class Inventory {
  private readonly reservations = new Map<string, Allocation>();

  constructor(readonly capacity: Capacity) {}

  /** What is left, after every reservation. */
  available(): Allocation {
    const left: Allocation = {
      cpuMillis: this.capacity.cpuMillis,
      memoryBytes: this.capacity.memoryBytes,
      storageBytes: this.capacity.storageBytes,
      gpus: this.capacity.gpus.map((g) => g.count),
    };
    for (const r of this.reservations.values()) {
      left.cpuMillis -= r.cpuMillis;
      left.memoryBytes -= r.memoryBytes;
      left.storageBytes -= r.storageBytes;
      r.gpus.forEach((n, i) => (left.gpus[i] = (left.gpus[i] ?? 0) - n));
    }
    return left;
  }

  /** The allocation this group would take, or null when it does not fit in what is left. */
  plan(spec: GroupSpec): Allocation | null {
    const left = this.available();
    const take: Allocation = { cpuMillis: 0, memoryBytes: 0, storageBytes: 0, gpus: left.gpus.map(() => 0) };
    for (const unit of spec.resources) {
      take.cpuMillis += unit.cpuMillis * unit.count;
      take.memoryBytes += unit.memoryBytes * unit.count;
      take.storageBytes += unit.storage.reduce((s, v) => s + v.bytes, 0) * unit.count;
      if (unit.gpuUnits === 0) continue;
      // Every replica needs all its GPUs from one model (one node), as on a real cluster.
      for (let replica = 0; replica < unit.count; replica++) {
        const idx = this.capacity.gpus.findIndex(
          (g, i) =>
            (left.gpus[i] ?? 0) - (take.gpus[i] ?? 0) >= unit.gpuUnits &&
            unit.gpuAttributes.some((a) => gpuModelMatches(a.key, g)),
        );
        if (idx < 0) return null;
        take.gpus[idx] = (take.gpus[idx] ?? 0) + unit.gpuUnits;
      }
    }
    const fits =
      take.cpuMillis <= left.cpuMillis &&
      take.memoryBytes <= left.memoryBytes &&
      take.storageBytes <= left.storageBytes;
    return fits ? take : null;
  }

  reserve(key: string, allocation: Allocation): void {
    this.reservations.set(key, allocation);
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
}
