// The state of the SDL studio: the open document (drafts, autosave, imports), the checker's
// verdict on its text, the summary and manifest version of the last SDL chain-sdk could build, the
// template gallery, and the commands (save, download, share, deploy and their shortcuts).
import { useMemo, useState } from "react";
import { useToast } from "@/components/ui/toast";
import { useBlockTime, useNetwork } from "@/features/network";
import type { OpenDocument } from "./use-open-template";
import { summarize } from "../utils/summary";
import { applyEdits } from "../utils/text-edits";
import type { Fix } from "../checker/types";
import { useSdlCheck } from "./use-sdl-check";
import { useStudioCommands } from "./use-studio-commands";
import { useStudioDocument } from "./use-studio-document";

export function useStudio(onDeploy?: (sdl: string, name: string) => void) {
  const { network } = useNetwork();
  // Prices per month use the block time the chain shows, as templates are priced with it.
  const blockTimeSec = useBlockTime().seconds;
  const doc = useStudioDocument();
  const toast = useToast();
  const check = useSdlCheck(doc.text);
  const [galleryOpen, setGalleryOpen] = useState(false);
  const manifest = check.result?.manifest ?? null;

  // The last summary chain-sdk could build stays visible (dimmed) while the text has errors.
  const shown = manifest ? check.result : check.lastBuilt;
  const summary = useMemo(
    () =>
      shown?.manifest
        ? summarize(shown.manifest, shown.sdl, { ...network, averageBlockTimeSec: blockTimeSec })
        : null,
    [shown, network, blockTimeSec],
  );
  const commands = useStudioCommands({ doc, errors: check.errors, pending: check.pending, onDeploy, toast });

  return {
    doc,
    check,
    summary,
    /** the summary is of an earlier text: the current one does not build */
    stale: !manifest && summary !== null,
    versionHex: manifest ? (check.result?.versionHex ?? null) : null,
    canDeploy: !!onDeploy && check.errors === 0 && !check.pending,
    commands,
    gallery: {
      open: galleryOpen,
      show: () => setGalleryOpen(true),
      hide: () => setGalleryOpen(false),
      pick(template: OpenDocument) {
        setGalleryOpen(false);
        doc.fromTemplate(template);
      },
    },
    /** A quick fix from the problems list, applied to the text when the editor is not there. */
    applyFixToText: (fix: Fix) => doc.setLoadedText(applyEdits(doc.text, fix.edits)),
  };
}
export type Studio = ReturnType<typeof useStudio>;
