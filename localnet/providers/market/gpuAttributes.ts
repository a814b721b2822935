// GPU requirement keys as chain-sdk's generateManifest writes them into a group spec:
// `vendor/<vendor>/model/<model>[/ram/<ram>][/interface/<iface>]`, or `vendor/<vendor>/model/*`.
import type { GpuInventory } from "./capacity.ts";

export interface GpuRequirement {
  vendor: string;
  model: string;
  ram?: string;
  iface?: string;
}

export function parseGpuKey(key: string): GpuRequirement | null {
  const parts = key.split("/");
  if (parts[0] !== "vendor" || parts[2] !== "model" || !parts[1] || !parts[3]) return null;
  const req: GpuRequirement = { vendor: parts[1], model: parts[3] };
  for (let i = 4; i + 1 < parts.length; i += 2) {
    const name = parts[i];
    const value = parts[i + 1];
    if (name === "ram" && value) req.ram = value;
    else if (name === "interface" && value) req.iface = value;
    else return null;
  }
  return req;
}

export function gpuModelMatches(key: string, gpu: GpuInventory): boolean {
  const req = parseGpuKey(key);
  if (!req || req.vendor !== gpu.vendor) return false;
  if (req.model !== "*" && req.model !== gpu.model) return false;
  if (req.ram !== undefined && req.ram !== gpu.ram) return false;
  // SDLs say "sxm"; clusters report e.g. "sxm4" / "sxm5" — the family is what matters.
  if (req.iface !== undefined && !gpu.interface.startsWith(req.iface)) return false;
  return true;
}
