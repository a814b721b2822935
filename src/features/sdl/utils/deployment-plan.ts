// What the deploy flow signs, from SDL text: chain-sdk's groups (the manifest sent to the
// provider), group specs (MsgCreateDeployment.groups), the manifest version hash (SHA-256 of the
// sorted JSON, MsgCreateDeployment.hash) and the sorted JSON itself (the manifest PUT body). Both
// entry points run the checker first: an SDL with any error never reaches a message.
import { checkSdl, type BuiltManifest, type CheckContext } from "../checker/check-sdl";
import { loadSdlEngine, type SdlEngine } from "../checker/sdl-engine";
import type { SdlReclamation } from "../checker/reclamation";
import { diagnosticText, type Diagnostic } from "../checker/types";
import { summarize, type SdlSummary } from "./summary";

export interface DeploymentPlan {
  groups: BuiltManifest["groups"];
  groupSpecs: BuiltManifest["groupSpecs"];
  version: Uint8Array;
  versionHex: string;
  sortedJson: string;
  summary: SdlSummary;
  /** MsgCreateDeployment.reclamation (AEP-82): not part of the manifest or its hash */
  reclamation: SdlReclamation | null;
}

export type PlanOutcome = { ok: true; plan: DeploymentPlan } | { ok: false; errors: Diagnostic[] };

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function manifestVersion(engine: SdlEngine, groups: BuiltManifest["groups"]) {
  const version = await engine.generateManifestVersion(groups);
  return { version, versionHex: toHex(version) };
}

/** Refuses any SDL with an error (ours included: a uakt price never reaches the wallet). */
export async function planDeployment(
  text: string,
  ctx: CheckContext & { network: CheckContext["network"] & { averageBlockTimeSec: number } },
): Promise<PlanOutcome> {
  const result = checkSdl(text, ctx);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length || !result.manifest) return { ok: false, errors };
  const { groups, groupSpecs } = result.manifest;
  const { version, versionHex } = await manifestVersion(ctx.engine, groups);
  return {
    ok: true,
    plan: {
      groups,
      groupSpecs,
      version,
      versionHex,
      sortedJson: ctx.engine.manifestToSortedJSON(groups),
      summary: summarize(result.manifest, result.sdl, {
        averageBlockTimeSec: ctx.network.averageBlockTimeSec,
        deploymentDenom: ctx.network.deploymentDenom,
      }),
      reclamation: result.reclamation,
    },
  };
}

export type BuiltSdl =
  | { ok: true; engine: SdlEngine; manifest: BuiltManifest; reclamation: SdlReclamation | null }
  | { ok: false; errors: string[] };

/**
 * The SDL built for signing, after the checker's shape, value, reference and limit checks (the
 * studio already applied the network's rules): each error as "Line N: …" otherwise.
 */
export async function buildSdl(text: string, networkKind: string): Promise<BuiltSdl> {
  const engine = await loadSdlEngine();
  const network = { name: "", kind: networkKind, deploymentDenom: "uact" };
  const result = checkSdl(text, { engine, network, gpuOffers: null, rules: false });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length || !result.manifest)
    return {
      ok: false,
      errors: errors.length
        ? errors.map((d) => `Line ${d.range.startLine}: ${diagnosticText(d)}`)
        : ["This SDL does not build a deployment."],
    };
  return { ok: true, engine, manifest: result.manifest, reclamation: result.reclamation };
}
