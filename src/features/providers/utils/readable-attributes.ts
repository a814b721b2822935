// A provider's attributes as fields a tenant reads: the conventional keys of provider-services'
// helm chart (region, organization, tier, capabilities/…) get a label and plain values; the GPU
// capability keys fold into one line per model; anything else keeps its key. The raw list stays
// one click away on the page.
import type { RawAttribute } from "@/lib/chain-json";
import { gpuModelsFromAttributes } from "./map-provider";

export interface ReadableField {
  label: string;
  value: string;
}

const LABELS: Record<string, string> = {
  region: "Region",
  organization: "Organisation",
  tier: "Tier",
  host: "Host",
  country: "Country",
  city: "City",
  location: "Location",
  "location-region": "Location region",
  "location-type": "Location type",
  timezone: "Time zone",
  datacenter: "Data centre",
  "hardware-cpu": "CPU",
  "hardware-cpu-arch": "CPU architecture",
  "hardware-memory": "Memory",
  "hardware-disk": "Disk",
  "network-speed-up": "Upload (Mbps)",
  "network-speed-down": "Download (Mbps)",
  "feat-persistent-storage": "Persistent storage",
  "feat-persistent-storage-type": "Persistent storage type",
  "capabilities/cpu": "CPU architecture",
  "capabilities/gpu": "GPU vendor",
};

const STORAGE = /^capabilities\/storage\/(\d+)\/(class|persistent)$/;

function storageFields(attributes: readonly RawAttribute[]): ReadableField[] {
  const slots = new Map<string, { cls?: string; persistent?: boolean }>();
  for (const { key, value } of attributes) {
    const m = STORAGE.exec(key);
    if (!m?.[1]) continue;
    const slot = slots.get(m[1]) ?? {};
    if (m[2] === "class") slot.cls = value;
    else slot.persistent = value === "true";
    slots.set(m[1], slot);
  }
  return [...slots.values()].map((s) => ({
    label: "Storage class",
    value: `${s.cls ?? "unnamed"}${s.persistent ? " (persistent)" : ""}`,
  }));
}

export function readableAttributes(attributes: readonly RawAttribute[]): ReadableField[] {
  const fields: ReadableField[] = [];
  for (const { key, value } of attributes) {
    if (key.startsWith("capabilities/gpu/") || STORAGE.test(key)) continue;
    fields.push({ label: LABELS[key] ?? key, value });
  }
  fields.push(...storageFields(attributes));
  for (const g of gpuModelsFromAttributes(attributes)) {
    const details = [...g.ram, ...g.interfaces.map((i) => i.toUpperCase())].join(" ");
    fields.push({
      label: "GPU",
      value: `${g.vendor.toUpperCase()} ${g.model.toUpperCase()}${details ? ` ${details}` : ""}`,
    });
  }
  return fields;
}
