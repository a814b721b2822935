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

/**
 * The GPU attribute a bid offers for a unit, as provider-services' inventory writes it into the
 * reservation it bids with (tryAdjustGPU): the one model the unit was allocated, keeping the RAM
 * and interface only where the matching requirement named them — never the models asked for.
 */
export function allocatedGpuAttribute(
  requirements: readonly { key: string }[],
  gpu: GpuInventory,
): { key: string; value: string } | null {
  const matched = requirements.find((r) => gpuModelMatches(r.key, gpu));
  const req = matched ? parseGpuKey(matched.key) : null;
  if (!req) return null;
  let key = `vendor/${gpu.vendor}/model/${gpu.model}`;
  if (req.ram !== undefined) key += `/ram/${req.ram}`;
  if (req.iface !== undefined) key += `/interface/${req.iface}`;
  return { key, value: "true" };
}
