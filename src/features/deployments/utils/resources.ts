// What a deployment asks for, summed over its groups: CPU, memory, storage, GPUs (count and
// models). A resource unit's values count once per replica, so each is multiplied by `count`.
import { parseResourceValue, type RawAttribute } from "@/lib/chain-json";
import type { RawGroupSpec } from "../api/chain-schemas";

export interface ResourceSummary {
  cpuMillis: number;
  memoryBytes: number;
  storageBytes: number;
  gpuCount: number;
  /** "h100", "a100"…; "any nvidia" when the SDL accepts any model of a vendor */
  gpuModels: string[];
}

export const EMPTY_RESOURCES: ResourceSummary = {
  cpuMillis: 0,
  memoryBytes: 0,
  storageBytes: 0,
  gpuCount: 0,
  gpuModels: [],
};

/** GPU models named by group-spec GPU attributes ("vendor/nvidia/model/h100/ram/80Gi"). */
export function gpuModelsOf(attributes: readonly RawAttribute[]): string[] {
  const models = new Set<string>();
  for (const { key } of attributes) {
    const match = /^vendor\/([^/]+)\/model\/([^/]+)/.exec(key);
    if (match) models.add(match[2] === "*" ? `any ${match[1]}` : (match[2] ?? ""));
  }
  return [...models].filter(Boolean);
}

export function summarizeGroupSpecs(specs: readonly RawGroupSpec[]): ResourceSummary {
  const sum = { ...EMPTY_RESOURCES, gpuModels: new Set<string>() };
  for (const spec of specs) {
    for (const unit of spec.resources) {
      const { cpu, memory, storage, gpu } = unit.resource;
      sum.cpuMillis += parseResourceValue(cpu?.units?.val) * unit.count;
      sum.memoryBytes += parseResourceValue(memory?.quantity?.val) * unit.count;
      for (const volume of storage) sum.storageBytes += parseResourceValue(volume.quantity?.val) * unit.count;
      const gpus = parseResourceValue(gpu?.units?.val) * unit.count;
      sum.gpuCount += gpus;
      if (gpus > 0) for (const model of gpuModelsOf(gpu?.attributes ?? [])) sum.gpuModels.add(model);
    }
  }
  return { ...sum, gpuModels: [...sum.gpuModels].sort() };
}
