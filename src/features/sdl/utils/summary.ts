// What an SDL asks for and what it may cost, read from chain-sdk's output (the same groups and
// group specs that would be signed), so the summary can never disagree with the transaction.
import { perBlockToPerMonth } from "@/lib/format";
import type { BuiltManifest } from "../checker/check-sdl";
import { at } from "./sdl-read";

/** Chain minimum and the console's default deployment deposit: 0.5 ACT (node v2.0 params). */
export const MIN_DEPOSIT_UACT = 500_000;

export interface StorageSummary {
  name: string;
  bytes: number;
  persistent: boolean;
  storageClass: string | null;
}

export interface ServiceSummary {
  name: string;
  image: string;
  placement: string;
  profile: string;
  count: number;
  cpuCores: number;
  memoryBytes: number;
  storage: StorageSummary[];
  gpu: { units: number; models: string[] } | null;
}

export interface PriceTotal {
  denom: string;
  /** micro-denom per block, all replicas */
  perBlock: number;
  perMonth: number;
}

export interface GroupSummary {
  name: string;
  resourceUnits: number;
  replicas: number;
}

export interface SdlSummary {
  services: ServiceSummary[];
  groups: GroupSummary[];
  prices: PriceTotal[];
  deposit: { amount: number; denom: string };
}

type ManifestService = BuiltManifest["groups"][number]["services"][number];
type Attr = { key: string; value: string };

const decoder = new TextDecoder();
/** Resource quantities travel as ASCII digits in bytes (protobuf ResourceValue.val). */
export function resourceValue(value: { val: Uint8Array } | undefined): number {
  return value ? Number(decoder.decode(value.val)) || 0 : 0;
}

/** "vendor/nvidia/model/h100/ram/80Gi" → "nvidia h100 80Gi" */
export function gpuModelLabel(key: string): string {
  const parts = key.split("/");
  const pick = (name: string) => parts[parts.indexOf(name) + 1];
  return [
    pick("vendor"),
    pick("model") === "*" ? "any model" : pick("model"),
    parts.includes("ram") ? pick("ram") : null,
  ]
    .filter(Boolean)
    .join(" ");
}

function storageOf(attrs: readonly Attr[] | undefined) {
  const find = (k: string) => attrs?.find((a) => a.key === k)?.value ?? null;
  return { persistent: find("persistent") === "true", storageClass: find("class") };
}

function serviceSummary(service: ManifestService, placement: string, sdl: unknown): ServiceSummary {
  const r = service.resources;
  const gpuUnits = resourceValue(r?.gpu?.units);
  const profile = at(sdl, "deployment", service.name, placement, "profile");
  return {
    name: service.name,
    image: service.image,
    placement,
    profile: typeof profile === "string" ? profile : service.name,
    count: service.count,
    cpuCores: resourceValue(r?.cpu?.units) / 1000,
    memoryBytes: resourceValue(r?.memory?.quantity),
    storage: (r?.storage ?? []).map((s) => ({
      name: s.name,
      bytes: resourceValue(s.quantity),
      ...storageOf(s.attributes),
    })),
    gpu:
      gpuUnits > 0
        ? { units: gpuUnits, models: (r?.gpu?.attributes ?? []).map((a) => gpuModelLabel(a.key)) }
        : null,
  };
}

export function summarize(
  manifest: BuiltManifest,
  sdl: unknown,
  network: { averageBlockTimeSec: number; deploymentDenom: string },
): SdlSummary {
  const services = manifest.groups.flatMap((g) => g.services.map((s) => serviceSummary(s, g.name, sdl)));
  const perDenom = new Map<string, number>();
  const groups = manifest.groupSpecs.map((spec) => {
    let replicas = 0;
    for (const unit of spec.resources) {
      replicas += unit.count;
      const denom = unit.price?.denom ?? "";
      perDenom.set(denom, (perDenom.get(denom) ?? 0) + Number(unit.price?.amount ?? 0) * unit.count);
    }
    return { name: spec.name, resourceUnits: spec.resources.length, replicas };
  });
  const prices = [...perDenom.entries()].map(([denom, perBlock]) => ({
    denom,
    perBlock,
    perMonth: perBlockToPerMonth(perBlock, network.averageBlockTimeSec),
  }));
  return { services, groups, prices, deposit: { amount: MIN_DEPOSIT_UACT, denom: network.deploymentDenom } };
}

/** How long a deposit lasts at a per-block price, in seconds (Infinity for a free order). */
export function depositRunwaySec(deposit: number, perBlock: number, blockTimeSec: number): number {
  return perBlock > 0 ? (deposit / perBlock) * blockTimeSec : Infinity;
}
