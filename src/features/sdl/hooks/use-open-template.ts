// Opening a template in the studio: its hourly prices are written as uact per block for the
// selected network's block time, measured (the same query every price on the page uses), or the
// configured one when the node cannot say within a few seconds. A template or an SDL that came
// from a URL is checked first: the tenant sees the checker's verdict before the editor opens it.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { blockTimeQuery, useNetwork } from "@/features/network";
import { providerGpusQuery } from "../api/provider-gpus";
import { sdlChecker } from "../checker/worker/checker-client";
import type { Diagnostic } from "../checker/types";
import { priceSdl } from "../templates/hourly-price";
import type { SdlTemplate } from "../templates/template-schema";

const BLOCK_TIME_WAIT_MS = 4_000;

export interface OpenDocument {
  title: string;
  sdl: string;
}

/** What the checker said of an imported SDL that has errors: the tenant decides what next. */
export interface Verdict {
  doc: OpenDocument;
  problems: Diagnostic[];
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

export function useOpenTemplate(onOpen: (doc: OpenDocument) => void) {
  const { network, rest } = useNetwork();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  const blockTimeSec = async () => {
    const measured = await within(
      queryClient.fetchQuery(blockTimeQuery(network.id, rest)).catch(() => null),
      BLOCK_TIME_WAIT_MS,
    );
    return measured?.seconds ?? network.averageBlockTimeSec;
  };

  /** Opens when the checker finds no error; otherwise keeps its verdict for the tenant. */
  const checkThenOpen = async (doc: OpenDocument) => {
    const gpus = await queryClient.fetchQuery(providerGpusQuery(network.id, rest)).catch(() => null);
    const { name, kind, deploymentDenom } = network;
    const answer = await sdlChecker().check(doc.sdl, { name, kind, deploymentDenom }, gpus);
    const problems = answer.diagnostics.filter((d) => d.severity === "error");
    if (problems.length === 0) onOpen(doc);
    else setVerdict({ doc, problems });
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setVerdict(null);
    try {
      await work();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    error,
    verdict,
    dismiss: () => {
      setError(null);
      setVerdict(null);
    },
    /** A template, ours or from an imported index, priced for this network's blocks. */
    openTemplate: (t: SdlTemplate, imported: boolean) =>
      run(async () => {
        const priced = priceSdl(t.sdl, t.pricePerHour, await blockTimeSec());
        if (!priced.ok) throw new Error(`“${t.title}” cannot be priced: ${priced.error}`);
        const doc = { title: t.title, sdl: priced.sdl };
        if (imported) await checkThenOpen(doc);
        else onOpen(doc);
      }),
    /** An SDL fetched from a URL, as its author priced it (per block). */
    openImportedSdl: (doc: OpenDocument) => run(() => checkThenOpen(doc)),
    setError,
  };
}
