// Owns what the console keeps locally about a deployment it created: the SDL, the manifest JSON
// it sent and that manifest's hash, per network + owner + dseq, so a reload (or a provider that
// refused the manifest) can re-send the same bytes. Written by the create and update actions
// (features/deploy); a failed write is reported.
import * as z from "zod/mini";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { persistedFamily } from "@/lib/persisted-store";

const deploymentRecord = z.object({
  sdl: z.string(),
  manifestJson: z.string(),
  hashHex: z.string(),
  savedAt: z.optional(z.string()),
});
export type DeploymentRecord = z.infer<typeof deploymentRecord>;

export const deploymentRecords = persistedFamily<DeploymentRecord | null, [string, string, string]>({
  key: STORAGE_KEYS.deploymentRecord,
  version: 1,
  schema: z.nullable(deploymentRecord),
  fallback: null,
});

export function loadDeploymentRecord(
  networkId: string,
  owner: string,
  dseq: string,
): DeploymentRecord | null {
  return deploymentRecords(networkId, owner, dseq).get();
}

/** false when the browser refused to store it (private mode, quota). */
export function saveDeploymentRecord(
  networkId: string,
  owner: string,
  dseq: string,
  record: Omit<DeploymentRecord, "savedAt">,
): boolean {
  return (
    deploymentRecords(networkId, owner, dseq).set({ ...record, savedAt: new Date().toISOString() }) === null
  );
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
