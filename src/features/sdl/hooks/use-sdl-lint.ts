// Lints the editor's text off the typing path: after a short pause, never on every keystroke.
// A result always carries the text it was computed for, so a slow result for older text is never
// shown against newer text (markers would land on the wrong lines).
import { useEffect, useState } from "react";
import type { GpuOffer } from "../utils/gpu-offers";
import { lintSdl, type LintContext, type LintResult } from "../utils/lint-sdl";
import type { SdlEngine } from "../utils/sdl-engine";

export const LINT_DEBOUNCE_MS = 250;

export function useSdlLint(
  text: string,
  engine: SdlEngine | null,
  network: LintContext["network"],
  gpuOffers: readonly GpuOffer[] | null,
): { result: LintResult | null; lastBuilt: LintResult | null; pending: boolean } {
  const [result, setResult] = useState<LintResult | null>(null);
  // The last result chain-sdk could build a manifest from, for a summary that survives typos.
  const [lastBuilt, setLastBuilt] = useState<LintResult | null>(null);
  const { name, kind, deploymentDenom } = network;
  useEffect(() => {
    if (!engine) return;
    const timer = setTimeout(() => {
      const next = lintSdl(text, { engine, network: { name, kind, deploymentDenom }, gpuOffers });
      setResult(next);
      if (next.manifest) setLastBuilt(next);
    }, LINT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, engine, name, kind, deploymentDenom, gpuOffers]);
  return { result, lastBuilt, pending: !result || result.text !== text };
}
