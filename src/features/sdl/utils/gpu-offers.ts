// GPUs offered by registered providers, read from their on-chain attributes. Providers advertise
// them with the helm chart's keys: capabilities/gpu/vendor/<v>/model/<m>[/ram/<r>][/interface/<i>].

export interface GpuOffer {
  vendor: string;
  model: string;
  ram: string | null;
}

const GPU_KEY =
  /^capabilities\/gpu\/vendor\/([^/]+)\/model\/([^/]+)(?:\/ram\/([^/]+))?(?:\/interface\/[^/]+)?$/;

/** Offers from a list of {key, value} attributes, de-duplicated (one per vendor/model/ram). */
export function gpuOffersFromAttributes(
  attributes: ReadonlyArray<{ key: string; value: string }>,
): GpuOffer[] {
  const seen = new Map<string, GpuOffer>();
  for (const { key, value } of attributes) {
    if (value !== "true") continue;
    const match = GPU_KEY.exec(key);
    if (!match) continue;
    const [, vendor = "", model = "", ram = null] = match;
    const offer = { vendor: vendor.toLowerCase(), model: model.toLowerCase(), ram };
    seen.set(`${offer.vendor}/${offer.model}/${offer.ram ?? ""}`, offer);
  }
  return [...seen.values()];
}

export function mergeGpuOffers(lists: ReadonlyArray<readonly GpuOffer[]>): GpuOffer[] {
  const seen = new Map<string, GpuOffer>();
  for (const list of lists) for (const o of list) seen.set(`${o.vendor}/${o.model}/${o.ram ?? ""}`, o);
  return [...seen.values()].sort(
    (a, b) => a.model.localeCompare(b.model) || (a.ram ?? "").localeCompare(b.ram ?? ""),
  );
}

export function isGpuOffered(
  offers: readonly GpuOffer[],
  vendor: string,
  model: string,
  ram: string | null,
): boolean {
  return offers.some(
    (o) =>
      o.vendor === vendor.toLowerCase() &&
      o.model === model.toLowerCase() &&
      (ram === null || o.ram === null || o.ram.toLowerCase() === ram.toLowerCase()),
  );
}

/** "a100 (80Gi), h100 (80Gi)": what a tenant can pick instead. */
export function describeOffers(offers: readonly GpuOffer[], vendor: string): string {
  const names = new Map<string, Set<string>>();
  for (const o of offers) {
    if (o.vendor !== vendor.toLowerCase()) continue;
    const rams = names.get(o.model) ?? new Set<string>();
    if (o.ram) rams.add(o.ram);
    names.set(o.model, rams);
  }
  return [...names.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([model, rams]) => (rams.size ? `${model} (${[...rams].sort().join(", ")})` : model))
    .join(", ");
}
