import { formatBytes, formatCpu } from "@/lib/format";
import type { ResourceSummary } from "../utils/resources";

/** "2 CPU · 4 GiB · 10 GiB disk · 1× H100": what a deployment asks for, in one line. */
export function resourcesLine(r: ResourceSummary): string {
  const parts = [formatCpu(r.cpuMillis), formatBytes(r.memoryBytes), `${formatBytes(r.storageBytes)} disk`];
  if (r.gpuCount > 0) {
    const models = r.gpuModels.map((m) => m.toUpperCase()).join("/") || "GPU";
    parts.push(`${r.gpuCount}× ${models}`);
  }
  return parts.join(" · ");
}

export function ResourcesText({ resources }: { resources: ResourceSummary }) {
  return <span>{resourcesLine(resources)}</span>;
}
