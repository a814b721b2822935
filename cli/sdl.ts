// SDL → what is signed, with the browser's code: the studio's checker (chain-sdk validation and
// our rules) must find no error, then build-deployment gives the group specs, the manifest JSON
// the provider receives and its version hash.
import { readFile } from "node:fs/promises";
import * as chainSdk from "@akashnetwork/chain-sdk/web";
import { buildDeployment, type BuiltDeployment } from "../src/features/deploy/utils/build-deployment";
import { lintSdl } from "../src/features/sdl/utils/lint-sdl";
import { CliError, EXIT } from "./errors";

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
  const lint = lintSdl(text, {
    engine: chainSdk,
    network: { name: networkKind, kind: networkKind, deploymentDenom: "uact" },
    gpuOffers: null,
  });
  const where = (d: (typeof lint.diagnostics)[number]) => `${path}:${d.range.startLine}: ${d.message}`;
  const errors = lint.diagnostics.filter((d) => d.severity === "error");
  if (errors.length)
    throw new CliError(EXIT.INVALID_SDL, `The SDL has errors:\n  ${errors.map(where).join("\n  ")}`);
  const built = await buildDeployment(text, networkKind);
  if (!built.ok) throw new CliError(EXIT.INVALID_SDL, `The SDL has errors:\n  ${built.errors.join("\n  ")}`);
  const groups = JSON.parse(built.value.manifestJson) as { services?: { name: string }[] }[];
  return {
    text,
    built: built.value,
    warnings: lint.diagnostics.filter((d) => d.severity === "warning").map(where),
    services: groups.flatMap((g) => (g.services ?? []).map((s) => s.name)),
  };
}
