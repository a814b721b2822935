// From SDL text to everything a deployment needs: the group specs for MsgCreateDeployment, the
// manifest JSON (the exact bytes the provider receives), its version hash, and a plain overview
// of each group for the review dialog. The SDL checker builds it (chain-sdk, loaded lazily), so a
// value it refuses (.inf, 1e308, a size in an unknown unit) never reaches a message.
import { buildSdl } from "@/features/sdl";
import type { GroupOverview } from "@/features/transactions";
import { overviewOf } from "./group-overview";

export interface BuiltDeployment {
  groupSpecs: unknown[];
  manifestJson: string;
  hash: Uint8Array;
  hashHex: string;
  overview: GroupOverview[];
  /** the SDL's reclamation window in seconds (AEP-82, signed in MsgCreateDeployment field 5) */
  reclamationSec: number | null;
}

/** What this browser keeps of a deployment it signed (the deployment record): SDL and manifest. */
export function recordOf(sdl: string, built: BuiltDeployment) {
  return { sdl, manifestJson: built.manifestJson, hashHex: built.hashHex };
}

export type BuildResult = { ok: true; value: BuiltDeployment } | { ok: false; errors: string[] };

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function buildDeployment(sdlText: string, networkKind: string): Promise<BuildResult> {
  const built = await buildSdl(sdlText, networkKind);
  if (!built.ok) return { ok: false, errors: built.errors };
  const { engine: sdk, manifest, reclamation } = built;
  const hash = await sdk.generateManifestVersion(manifest.groups);
  const groupSpecs = manifest.groupSpecs as unknown[];
  return {
    ok: true,
    value: {
      groupSpecs,
      manifestJson: sdk.manifestToSortedJSON(manifest.groups),
      hash,
      hashHex: toHex(hash),
      overview: overviewOf(groupSpecs),
      reclamationSec: reclamation?.minWindowSec ?? null,
    },
  };
}
