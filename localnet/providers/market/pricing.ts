// A provider's bid pricing strategy: a rate per resource (per block, in the order's denom) scaled
// by the provider's multiplier, so that providers with the same hardware still bid differently.
// The bid never exceeds the order's maximum; a provider whose price is above it does not bid.
import type { GpuInventory } from "./capacity.ts";
import type { GroupSpec } from "./groupSpec.ts";
import type { Allocation } from "./inventory.ts";

export interface PriceRates {
  cpuPerMilli: number;
  memoryPerGi: number;
  storagePerGi: number;
  /** per GPU unit per block, by model name */
  gpuPerUnit: Record<string, number>;
  gpuDefault: number;
  multiplier: number;
}

const GI = 1024 ** 3;
/** Smallest price a provider asks per block, so a tiny workload is never free. */
const FLOOR = 0.01;

export function quote(
  spec: GroupSpec,
  allocation: Allocation,
  gpus: GpuInventory[],
  rates: PriceRates,
): number {
  let total = 0;
  for (const unit of spec.resources) {
    const storageGi = unit.storage.reduce((s, v) => s + v.bytes, 0) / GI;
    const perReplica =
      unit.cpuMillis * rates.cpuPerMilli +
      (unit.memoryBytes / GI) * rates.memoryPerGi +
      storageGi * rates.storagePerGi;
    total += perReplica * unit.count;
  }
  allocation.gpus.forEach((units, i) => {
    const model = gpus[i]?.model ?? "";
    total += units * (rates.gpuPerUnit[model] ?? rates.gpuDefault);
  });
  return Math.max(FLOOR, total * rates.multiplier);
}

/** A DecCoin amount as the chain expects it: a decimal with at most 18 fractional digits. */
export function toDecAmount(value: number): string {
  return value.toFixed(6);
}
