// From SDL text to everything a deployment needs: the group specs for MsgCreateDeployment, the
// manifest JSON (the exact bytes the provider receives), its version hash, and a plain overview
// of each group for the review dialog. The SDL checker builds it (chain-sdk, loaded lazily), so a
// value it refuses (.inf, 1e308, a size in an unknown unit) never reaches a message.
import { buildSdl } from "@/features/sdl";
import type { GroupOverview } from "@/features/transactions";

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

interface SpecResource {
  resource?: {
    cpu?: { units?: { val?: Uint8Array } };
    memory?: { quantity?: { val?: Uint8Array } };
    gpu?: { units?: { val?: Uint8Array }; attributes?: { key: string }[] };
  };
  count?: number;
  price?: { denom: string; amount: string };
}

const ascii = (v: Uint8Array | undefined) => Number(v ? new TextDecoder().decode(v) : "0") || 0;

function unitText(r: SpecResource): string {
  const cpu = ascii(r.resource?.cpu?.units?.val) / 1000;
  const gib = ascii(r.resource?.memory?.quantity?.val) / 2 ** 30;
  const gpus = ascii(r.resource?.gpu?.units?.val);
  const models = (r.resource?.gpu?.attributes ?? [])
    .map((a) => /model\/([^/]+)/.exec(a.key)?.[1])
    .filter((m): m is string => !!m);
  const gpu = gpus ? `, ${gpus} GPU${models.length ? ` (${models.join(" or ")})` : ""}` : "";
  return `${r.count ?? 1} × ${cpu} CPU, ${Number(gib.toFixed(2))} GiB${gpu}`;
}

export function overviewOf(groupSpecs: unknown[]): GroupOverview[] {
  return groupSpecs.map((g) => {
    const spec = g as { name?: string; resources?: SpecResource[] };
    const resources = spec.resources ?? [];
    const denom = resources[0]?.price?.denom ?? "uact";
    const total = resources.reduce((sum, r) => sum + Number(r.price?.amount ?? 0) * (r.count ?? 1), 0);
    return {
      name: spec.name ?? "",
      units: resources.map(unitText),
      maxPrice: { denom, amount: String(Number(total.toFixed(6))) },
    };
  });
}

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
