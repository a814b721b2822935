// The studio's two layouts beside its editor: the start (no document open: templates, drafts,
// an empty SDL) and the panels below an open document (problems, summary, drafts).
import type { RefObject } from "react";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { useBlockTime, useNetwork } from "@/features/network";
import type { TextRange } from "../checker/types";
import type { Studio } from "../hooks/use-studio";
import { DraftsList } from "./DraftsList";
import { ProblemsList } from "./ProblemsList";
import type { SdlEditorHandle } from "./SdlEditor";
import { SummaryPanel } from "./SummaryPanel";
import { TemplateGallery } from "./TemplateGallery";

function Drafts({ studio: { doc } }: { studio: Studio }) {
  return (
    <Card>
      <DraftsList
        drafts={doc.drafts}
        currentId={doc.current?.id ?? null}
        error={doc.draftsError}
        onOpen={doc.openDraft}
        onDelete={doc.remove}
      />
    </Card>
  );
}

export function StudioStart({ studio }: { studio: Studio }) {
  return (
    <div className="flex flex-col gap-4">
      <EmptyState title="Pick a template to start">
        Start from a template that is known to deploy, import an SDL file (or drop it on the editor), or{" "}
        <button type="button" className="text-brand-600 underline" onClick={studio.doc.fromScratch}>
          start from an empty SDL
        </button>
        .
      </EmptyState>
      <TemplateGallery onPick={studio.doc.fromTemplate} />
      <Drafts studio={studio} />
    </div>
  );
}

export function StudioSidebar({
  studio,
  editor,
  onJump,
}: {
  studio: Studio;
  editor: RefObject<SdlEditorHandle | null>;
  onJump(range: TextRange): void;
}) {
  const { network } = useNetwork();
  const blockTimeSec = useBlockTime().seconds;
  const { check } = studio;
  return (
    <div className="grid min-w-0 grid-cols-1 items-start gap-4 lg:grid-cols-3">
      <Card>
        <ErrorBoundary name="Problems">
          <ProblemsList
            diagnostics={check.diagnostics}
            pending={check.pending}
            onJump={onJump}
            onFix={(fix) => (editor.current ? editor.current.applyFix(fix) : studio.applyFixToText(fix))}
          />
        </ErrorBoundary>
        {check.gpusError && (
          <p className="mt-2 text-xs text-amber-700 dark:text-amber-400">
            GPU models are not checked: the providers on {network.name} could not be read (
            {check.gpusError.message}).
          </p>
        )}
      </Card>
      <Card>
        <CardTitle>Summary</CardTitle>
        <ErrorBoundary name="Summary">
          <SummaryPanel
            summary={studio.summary}
            stale={studio.stale}
            versionHex={studio.versionHex}
            blockTimeSec={blockTimeSec}
          />
        </ErrorBoundary>
      </Card>
      <Drafts studio={studio} />
    </div>
  );
}
