// What issue 7's deploy flow signs, from SDL text: chain-sdk's groups (the manifest sent to the
// provider), group specs (MsgCreateDeployment.groups), the manifest version hash (SHA-256 of the
// sorted JSON, MsgCreateDeployment.hash) and the sorted JSON itself (the manifest PUT body).
import { lintSdl, type LintContext } from "./lint-sdl";
import type { GenerateManifestOk, SdlEngine } from "./sdl-engine";
import { summarize, type SdlSummary } from "./summary";
import type { Diagnostic } from "./types";

export interface DeploymentPlan {
  groups: GenerateManifestOk["groups"];
  groupSpecs: GenerateManifestOk["groupSpecs"];
  version: Uint8Array;
  versionHex: string;
  sortedJson: string;
  summary: SdlSummary;
}

export type PlanOutcome = { ok: true; plan: DeploymentPlan } | { ok: false; errors: Diagnostic[] };

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function manifestVersion(engine: SdlEngine, groups: GenerateManifestOk["groups"]) {
  const version = await engine.generateManifestVersion(groups);
  return { version, versionHex: toHex(version) };
}

/** Refuses any SDL with an error (ours included: a uakt price never reaches the wallet). */
export async function planDeployment(
  text: string,
  ctx: LintContext & { network: LintContext["network"] & { averageBlockTimeSec: number } },
): Promise<PlanOutcome> {
  const result = lintSdl(text, ctx);
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
    },
  };
}
