// Maps provider and audit JSON to what pages show: a name, the region, GPU models read from
// the conventional `capabilities/gpu/vendor/<v>/model/<m>[/ram/<r>][/interface/<i>]` attributes,
// and who audited the provider.
import type { RawAttribute } from "@/lib/chain-json";
import type { RawAuditedProvider, RawProvider } from "../api/chain-schemas";

export interface GpuModel {
  vendor: string;
  model: string;
  ram: string[];
  interfaces: string[];
}

export interface ProviderAudit {
  auditor: string;
  attributes: RawAttribute[];
}

export interface ProviderView {
  address: string;
  hostUri: string;
  /** host name of the gateway, the best short name when no organisation is declared */
  host: string;
  name: string;
  region: string | null;
  organization: string | null;
  gpus: GpuModel[];
  attributes: RawAttribute[];
  email: string;
  website: string;
  audits: ProviderAudit[];
  audited: boolean;
}

const GPU_KEY = /^capabilities\/gpu\/vendor\/([^/]+)\/model\/([^/]+)(.*)$/;

export function gpuModelsFromAttributes(attributes: readonly RawAttribute[]): GpuModel[] {
  const models = new Map<string, GpuModel>();
  for (const { key, value } of attributes) {
    const match = GPU_KEY.exec(key);
    if (!match || value === "false") continue;
    const [, vendor = "", model = "", rest = ""] = match;
    const id = `${vendor}/${model}`;
    const entry = models.get(id) ?? { vendor, model, ram: [], interfaces: [] };
    const ram = /\/ram\/([^/]+)/.exec(rest)?.[1];
    const iface = /\/interface\/([^/]+)/.exec(rest)?.[1];
    if (ram && !entry.ram.includes(ram)) entry.ram.push(ram);
    if (iface && !entry.interfaces.includes(iface)) entry.interfaces.push(iface);
    models.set(id, entry);
  }
  return [...models.values()].sort((a, b) => a.model.localeCompare(b.model));
}

function attributeValue(attributes: readonly RawAttribute[], key: string): string | null {
  return attributes.find((a) => a.key === key)?.value || null;
}

export function hostOf(hostUri: string): string {
  try {
    return new URL(hostUri).hostname;
  } catch {
    return hostUri;
  }
}

export function indexAudits(audits: readonly RawAuditedProvider[]): Map<string, ProviderAudit[]> {
  const byOwner = new Map<string, ProviderAudit[]>();
  for (const audit of audits) {
    const list = byOwner.get(audit.owner) ?? [];
    list.push({ auditor: audit.auditor, attributes: audit.attributes });
    byOwner.set(audit.owner, list);
  }
  return byOwner;
}

export function toProviderView(raw: RawProvider, audits: readonly ProviderAudit[]): ProviderView {
  const organization = attributeValue(raw.attributes, "organization");
  const host = hostOf(raw.host_uri);
  return {
    address: raw.owner,
    hostUri: raw.host_uri,
    host,
    name: organization ?? (host || raw.owner),
    region: attributeValue(raw.attributes, "region"),
    organization,
    gpus: gpuModelsFromAttributes(raw.attributes),
    attributes: raw.attributes,
    email: raw.info?.email ?? "",
    website: raw.info?.website ?? "",
    audits: [...audits],
    audited: audits.length > 0,
  };
}
