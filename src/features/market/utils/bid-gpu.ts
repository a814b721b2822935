// Which GPU a bid runs on. A provider names in its offer the one model it reserved for each GPU
// unit (provider-services' inventory rewrites the unit's GPU attributes to it before bidding).
// Where the offer names several models or none (an echo of the order, or a provider too old to
// say), the provider's own GPU attributes narrow what the order accepts: "one of: …". Only a
// named model is certain; only it passes a GPU filter.
import type { UnitOffer } from "../api/bids";

export type BidGpu =
  | { kind: "none" }
  /** every GPU unit of the offer names its model */
  | { kind: "allocated"; models: string[]; count: number }
  /** the offer does not say; these are the models the order accepts that the provider advertises */
  | { kind: "one-of"; models: string[]; count: number }
  /** the offer does not say and the provider advertises none of the models the order accepts */
  | { kind: "unknown"; count: number };

const MODEL_KEY = /^vendor\/[^/]+\/model\/([^/]+)/;

function namedModels(keys: readonly string[]): { models: string[]; wildcard: boolean } {
  const models = new Set<string>();
  let wildcard = false;
  for (const key of keys) {
    const model = MODEL_KEY.exec(key)?.[1];
    if (model === "*") wildcard = true;
    else if (model) models.add(model);
  }
  return { models: [...models], wildcard };
}

const sorted = (set: Iterable<string>) => [...new Set(set)].sort();

/**
 * @param requested the models the order accepts (empty: any model, a wildcard)
 * @param requestedCount GPUs the order asks for in all, for an offer that lists no units
 * @param providerModels the models the provider's attributes advertise; null when unknown
 */
export function bidGpu(
  offer: readonly UnitOffer[],
  requested: readonly string[],
  requestedCount: number,
  providerModels: readonly string[] | null,
): BidGpu {
  const gpuUnits = offer.filter((u) => u.gpuUnits > 0);
  const offeredCount = gpuUnits.reduce((n, u) => n + u.gpuUnits * u.count, 0);
  const count = offeredCount || requestedCount;
  if (count === 0) return { kind: "none" };
  const allocated: string[] = [];
  const open: string[] = [];
  let anyModel = gpuUnits.length === 0 && requested.length === 0;
  if (gpuUnits.length === 0) open.push(...requested);
  for (const unit of gpuUnits) {
    const { models, wildcard } = namedModels(unit.gpuKeys);
    const single = models[0];
    if (models.length === 1 && !wildcard && single) allocated.push(single);
    else if (wildcard) anyModel = true;
    else if (models.length > 0) open.push(...models);
    else if (requested.length > 0) open.push(...requested);
    else anyModel = true;
  }
  if (open.length === 0 && !anyModel) return { kind: "allocated", models: sorted(allocated), count };
  const candidates = anyModel
    ? (providerModels ?? [])
    : providerModels
      ? open.filter((m) => providerModels.includes(m))
      : open;
  if (candidates.length === 0) return { kind: "unknown", count };
  return { kind: "one-of", models: sorted([...allocated, ...candidates]), count };
}

/** "H100", "one of: A100, H100", "GPU model not stated" — what a bid card says. */
export function gpuText(gpu: BidGpu): string {
  const names = (models: string[]) => models.map((m) => m.toUpperCase()).join(", ");
  switch (gpu.kind) {
    case "none":
      return "";
    case "allocated":
      return `${gpu.count} × ${names(gpu.models)}`;
    case "one-of":
      return gpu.models.length === 1
        ? `${gpu.count} × ${names(gpu.models)} (from its attributes; the bid does not say)`
        : `${gpu.count} × one of: ${names(gpu.models)}`;
    case "unknown":
      return `${gpu.count} × GPU, model not stated`;
  }
}
