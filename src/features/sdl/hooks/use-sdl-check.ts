// The SDL checker for one editor, wired once: the GPU models providers on the selected network
// offer, and the check of `text` in the checker's worker. Typing never waits for it: a check
// starts after a pause (longer when the last check was slow), one at a time, always for the
// newest text; a result carries the text it was computed for, so markers never land on newer
// text. The studio and a deployment's update panel check an SDL with exactly the same rules.
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { marketParamsQuery } from "@/features/market";
import { useNetwork } from "@/features/network";
import { useProviderGpus } from "../api/provider-gpus";
import type { ReclamationBounds } from "../checker/reclamation";
import type { CheckAnswer, CheckNetwork } from "../checker/worker/protocol";
import { sdlChecker } from "../checker/worker/checker-client";
import type { GpuOffer } from "../utils/gpu-offers";

export const LINT_DEBOUNCE_MS = 250;

export interface SdlCheckResult extends CheckAnswer {
  /** the text this result is for */
  text: string;
}

interface Job {
  text: string;
  network: CheckNetwork;
  gpuOffers: readonly GpuOffer[] | null;
}

function useChecks(job: Job | null) {
  const [result, setResult] = useState<SdlCheckResult | null>(null);
  // The last result chain-sdk could build a manifest from, for a summary that survives typos.
  const [lastBuilt, setLastBuilt] = useState<SdlCheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const queued = useRef<Job | null>(null);
  const lastMs = useRef(0);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    if (!job) return;
    const run = (next: Job) => {
      running.current = true;
      sdlChecker()
        .check(next.text, next.network, next.gpuOffers)
        .then(
          (answer) => {
            lastMs.current = answer.ms;
            if (!live.current) return;
            const checked = { ...answer, text: next.text };
            setResult(checked);
            setError(null);
            if (checked.manifest) setLastBuilt(checked);
          },
          (err: unknown) => live.current && setError(err instanceof Error ? err.message : String(err)),
        )
        .finally(() => {
          running.current = false;
          const after = queued.current;
          queued.current = null;
          if (after && live.current) run(after);
        });
    };
    // After a slow check, wait longer before the next: typing stays ahead of checking.
    const timer = setTimeout(
      () => (running.current ? (queued.current = job) : run(job)),
      Math.max(LINT_DEBOUNCE_MS, Math.min(lastMs.current, 2_000)),
    );
    return () => clearTimeout(timer);
  }, [job]);
  return { result, lastBuilt, error };
}

export function useSdlCheck(text: string) {
  const { network, rest } = useNetwork();
  const gpus = useProviderGpus();
  const offers = gpus.data ?? null;
  // The market's reclamation bounds (AEP-82): an SDL window outside them is marked on its line.
  const params = useQuery(marketParamsQuery(network.id, rest)).data;
  const reclamationBounds: ReclamationBounds | null = params ? (params.reclamation ?? "unsupported") : null;
  const { name, kind, deploymentDenom } = network;
  const job = useMemo(
    () => ({ text, network: { name, kind, deploymentDenom, reclamationBounds }, gpuOffers: offers }),
    [text, name, kind, deploymentDenom, reclamationBounds, offers],
  );
  const { result, lastBuilt, error } = useChecks(job);
  const current = result?.text === text ? result : null;
  const diagnostics = useMemo(() => result?.diagnostics ?? [], [result]);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return {
    /** why the checker cannot run (its code did not load, it gave up on this text) */
    engineError: error ? `The SDL checker could not check this text (${error}). Reload the page.` : null,
    /** why GPU models are not checked, when the providers could not be read */
    gpusError: gpus.error,
    result,
    lastBuilt,
    diagnostics,
    errors,
    /** the result is for older text, or the first check is still running */
    pending: !current,
  };
}
