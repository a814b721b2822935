// Owns what the console keeps locally about a deployment it created: the SDL, the manifest JSON
// it sent and that manifest's hash, per network + owner + dseq, so a reload (or a provider that
// refused the manifest) can re-send the same bytes. localStorage; a failed write is reported.
import { readJson, writeJson } from "@/lib/storage";

export interface DeploymentRecord {
  sdl: string;
  manifestJson: string;
  hashHex: string;
  savedAt: string;
}

const key = (networkId: string, owner: string, dseq: string) =>
  `console.deploy.${networkId}.${owner}.${dseq}`;

const isRecord = (v: unknown): v is DeploymentRecord =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as DeploymentRecord).sdl === "string" &&
  typeof (v as DeploymentRecord).manifestJson === "string" &&
  typeof (v as DeploymentRecord).hashHex === "string";

export function loadDeploymentRecord(
  networkId: string,
  owner: string,
  dseq: string,
): DeploymentRecord | null {
  return readJson<DeploymentRecord | null>(
    key(networkId, owner, dseq),
    null,
    (v): v is DeploymentRecord | null => isRecord(v),
  );
}

/** false when the browser refused to store it (private mode, quota). */
export function saveDeploymentRecord(
  networkId: string,
  owner: string,
  dseq: string,
  record: Omit<DeploymentRecord, "savedAt">,
): boolean {
  return writeJson(key(networkId, owner, dseq), { ...record, savedAt: new Date().toISOString() });
}

/** The service names in a manifest the console sent (groups of services), or [] if unreadable. */
export function manifestServices(manifestJson: string | undefined): string[] {
  if (!manifestJson) return [];
  try {
    const groups: unknown = JSON.parse(manifestJson);
    if (!Array.isArray(groups)) return [];
    const names = groups.flatMap((g: unknown) => {
      const services = (g as { services?: unknown })?.services;
      return Array.isArray(services) ? services.map((s: unknown) => (s as { name?: unknown })?.name) : [];
    });
    return [...new Set(names.filter((n): n is string => typeof n === "string" && n.length > 0))].sort();
  } catch {
    return [];
  }
}
