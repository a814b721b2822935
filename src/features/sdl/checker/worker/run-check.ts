// One check as the worker (or the page, without workers) runs it: the checker, then the manifest
// version hash of what it built.
import { checkSdl } from "../check-sdl";
import type { SdlEngine } from "../sdl-engine";
import type { CheckAnswer, CheckNetwork } from "./protocol";
import type { GpuOffer } from "../../utils/gpu-offers";

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function runCheck(
  engine: SdlEngine,
  text: string,
  network: CheckNetwork,
  gpuOffers: readonly GpuOffer[] | null,
): Promise<CheckAnswer> {
  const start = performance.now();
  const result = checkSdl(text, { engine, network, gpuOffers });
  const version = result.manifest ? await engine.generateManifestVersion(result.manifest.groups) : null;
  return { ...result, versionHex: version ? toHex(version) : null, ms: performance.now() - start };
}
