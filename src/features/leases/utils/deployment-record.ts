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
