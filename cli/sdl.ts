// SDL → what is signed, with the browser's code: the studio's checker (shape, values, references,
// the chain's limits, chain-sdk, and our rules) must find no error; then chain-sdk's groups give
// the group specs, the manifest JSON the provider receives and its version hash, exactly as the
// deploy dialog builds them (features/sdl/utils/deployment-plan.ts, deploy/utils/group-overview.ts).
// The modules are imported one by one: the SDL feature's index also loads the studio's UI.
import { readFile } from "node:fs/promises";
import { checkSdl } from "../src/features/sdl/checker/check-sdl";
import { loadSdlEngine } from "../src/features/sdl/checker/sdl-engine";
import { diagnosticText, type Diagnostic } from "../src/features/sdl/checker/types";
import { manifestVersion } from "../src/features/sdl/utils/deployment-plan";
import { overviewOf } from "../src/features/deploy/utils/group-overview";
import type { GroupOverview } from "../src/features/transactions/messages/deployment";
import { CliError, EXIT } from "./errors";

/** What deploy/utils/build-deployment.ts builds (its module loads the SDL feature's UI). */
export interface BuiltDeployment {
  groupSpecs: unknown[];
  manifestJson: string;
  hash: Uint8Array;
  hashHex: string;
  overview: GroupOverview[];
}

export interface CheckedSdl {
  text: string;
  built: BuiltDeployment;
  warnings: string[];
  services: string[];
}

export async function readSdl(path: string, networkKind: string): Promise<CheckedSdl> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new CliError(
      EXIT.USAGE,
      `Cannot read the SDL ${path}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const engine = await loadSdlEngine();
  const check = checkSdl(text, {
    engine,
    network: { name: networkKind, kind: networkKind, deploymentDenom: "uact" },
    gpuOffers: null,
  });
  const where = (d: Diagnostic) => `${path}:${d.range.startLine}: ${diagnosticText(d)}`;
  const errors = check.diagnostics.filter((d) => d.severity === "error");
  if (errors.length || !check.manifest)
    throw new CliError(
      EXIT.INVALID_SDL,
      `The SDL has errors:\n  ${errors.length ? errors.map(where).join("\n  ") : "it does not build a deployment."}`,
    );
  const { groups, groupSpecs } = check.manifest;
  const { version, versionHex } = await manifestVersion(engine, groups);
  const specs = groupSpecs as unknown[];
  return {
    text,
    built: {
      groupSpecs: specs,
      manifestJson: engine.manifestToSortedJSON(groups),
      hash: version,
      hashHex: versionHex,
      overview: overviewOf(specs),
    },
    warnings: check.diagnostics.filter((d) => d.severity === "warning").map(where),
    services: groups.flatMap((g) => g.services.map((s) => s.name)),
  };
}
