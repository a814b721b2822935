// Everything the SDL checker needs, wired once: chain-sdk (loaded on first use), the GPU models
// providers on the selected network offer, and the debounced lint of `text`. The studio and a
// deployment's update panel check an SDL with exactly the same rules.
import { useMemo } from "react";
import { useNetwork } from "@/features/network";
import { useProviderGpus } from "../api/provider-gpus";
import { useSdlEngine } from "./use-sdl-engine";
import { useSdlLint } from "./use-sdl-lint";

export function useSdlCheck(text: string) {
  const { network } = useNetwork();
  const { engine, error: engineError } = useSdlEngine();
  const gpus = useProviderGpus();
  const { result, lastBuilt, pending } = useSdlLint(text, engine, network, gpus.data ?? null);
  const diagnostics = useMemo(() => result?.diagnostics ?? [], [result]);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return {
    engine,
    engineError,
    /** why GPU models are not checked, when the providers could not be read */
    gpusError: gpus.error,
    result,
    lastBuilt,
    diagnostics,
    errors,
    /** the result is for older text, or chain-sdk is still loading */
    pending: pending || !engine,
  };
}
