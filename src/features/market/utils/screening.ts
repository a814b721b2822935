// Which providers could bid on a group, and why the others cannot: the checks a provider's bid
// engine makes before it bids (provider-services bidengine ScreenBid), from what the chain says
// (placement attributes, GPU capability attributes, auditors' signatures) and, when its /status
// answered, what it has free. Its price is the one thing no one can know before it bids.
import type { Capacity, ProviderView, StatusState } from "@/features/providers";

export interface GroupRequirements {
  gseq: number;
  name: string;
  /** the GPU requirement keys of its GPU units ("vendor/nvidia/model/h100/ram/80Gi"); one must be met */
  gpuKeys: string[];
  /** GPUs, CPU and memory for all its replicas */
  gpuCount: number;
  cpuMillis: number;
  memoryBytes: number;
  /** placement attributes: key = value */
  attributes: { key: string; value: string }[];
  /** signed_by: every all_of auditor and one any_of auditor must have signed the attributes */
  signedBy: { allOf: string[]; anyOf: string[] };
}

export type ReasonKind = "gpu" | "attributes" | "audit" | "offline" | "capacity";

export interface Reason {
  kind: ReasonKind;
  text: string;
}

export const REASON_ORDER: readonly ReasonKind[] = ["gpu", "attributes", "audit", "offline", "capacity"];

/** The models a group accepts by name ("h100"); empty when it accepts any (a wildcard) or none. */
export function requestedModels(group: Pick<GroupRequirements, "gpuKeys">): string[] {
  const models = group.gpuKeys.map((k) => /^vendor\/[^/]+\/model\/([^/]+)/.exec(k)?.[1] ?? "*");
  return models.includes("*") ? [] : [...new Set(models)].sort();
}

type Attr = { key: string; value: string };

// Providers may advertise glob values ("region: us-*"), as the node's attribute matcher allows.
const attributeMet = (want: Attr, have: readonly Attr[]) =>
  have.some(
    (h) =>
      h.key === want.key &&
      (h.value === want.value || (h.value.endsWith("*") && want.value.startsWith(h.value.slice(0, -1)))),
  );

/** The provider advertises the capability a GPU requirement key names (a wildcard: any model). */
function gpuKeyMet(key: string, attributes: readonly Attr[]): boolean {
  const wildcard = /^vendor\/([^/]+)\/model\/\*$/.exec(key);
  if (wildcard)
    return attributes.some(
      (a) => a.key.startsWith(`capabilities/gpu/vendor/${wildcard[1]}/model/`) && a.value !== "false",
    );
  return attributes.some((a) => a.key === `capabilities/gpu/${key}` && a.value === "true");
}

function signedByMet(group: GroupRequirements, p: ProviderView): boolean {
  const signed = (auditor: string) =>
    p.audits.some(
      (a) => a.auditor === auditor && group.attributes.every((want) => attributeMet(want, a.attributes)),
    );
  const { allOf, anyOf } = group.signedBy;
  return allOf.every(signed) && (anyOf.length === 0 || anyOf.some(signed));
}

const upper = (models: string[]) => models.map((m) => m.toUpperCase()).join(" or ");
const GI = 1024 ** 3;

function capacityShort(group: GroupRequirements, free: Capacity): string | null {
  if (free.gpus < group.gpuCount)
    return `${free.gpus} GPU${free.gpus === 1 ? "" : "s"} free, ${group.gpuCount} needed`;
  if (free.cpuMillis < group.cpuMillis)
    return `${free.cpuMillis / 1000} CPU free, ${group.cpuMillis / 1000} needed`;
  if (free.memoryBytes < group.memoryBytes)
    return `${Math.floor(free.memoryBytes / GI)} GiB memory free, ${Math.ceil(group.memoryBytes / GI)} GiB needed`;
  return null;
}

/** Why this provider cannot bid on the group; empty when nothing known stops it. */
export function whyCannotBid(group: GroupRequirements, p: ProviderView, status?: StatusState): Reason[] {
  const reasons: Reason[] = [];
  if (group.gpuKeys.length > 0 && !group.gpuKeys.some((k) => gpuKeyMet(k, p.attributes))) {
    const models = requestedModels(group);
    reasons.push({
      kind: "gpu",
      text: models.length ? `no ${upper(models)} GPU` : "no GPU of the vendor asked for",
    });
  }
  const missing = group.attributes.filter((a) => !attributeMet(a, p.attributes));
  if (missing.length > 0)
    reasons.push({
      kind: "attributes",
      text: `lacks ${missing.map((a) => `${a.key}=${a.value}`).join(", ")}`,
    });
  if ((group.signedBy.allOf.length > 0 || group.signedBy.anyOf.length > 0) && !signedByMet(group, p))
    reasons.push({ kind: "audit", text: "not audited by the auditors the SDL requires (signedBy)" });
  if (status?.kind === "done" && !status.online)
    reasons.push({ kind: "offline", text: `offline now: ${status.reason}` });
  if (status?.kind === "done" && status.online) {
    const short = capacityShort(group, status.capacity.available);
    if (short) reasons.push({ kind: "capacity", text: `not enough free: ${short}` });
  }
  return reasons;
}

export interface Screening {
  total: number;
  /** providers nothing known stops */
  fit: ProviderView[];
  cannot: { provider: ProviderView; reasons: Reason[] }[];
  /** how many providers each reason stops (a provider may count under several) */
  byKind: Record<ReasonKind, number>;
}

export function screenProviders(
  groups: readonly GroupRequirements[],
  providers: readonly ProviderView[],
  statusOf: (address: string) => StatusState | undefined = () => undefined,
): Screening {
  const byKind: Record<ReasonKind, number> = { gpu: 0, attributes: 0, audit: 0, offline: 0, capacity: 0 };
  const fit: ProviderView[] = [];
  const cannot: Screening["cannot"] = [];
  for (const p of providers) {
    const status = statusOf(p.address);
    const reasons = groups.flatMap((g) => whyCannotBid(g, p, status));
    const kinds = new Set(reasons.map((r) => r.kind));
    for (const k of kinds) byKind[k] += 1;
    if (reasons.length === 0) fit.push(p);
    else cannot.push({ provider: p, reasons });
  }
  return { total: providers.length, fit, cannot, byKind };
}
