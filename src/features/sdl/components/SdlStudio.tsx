// The SDL studio: Monaco editor, problems, live summary, templates and drafts. The deploy flow
// plugs in through `onDeploy(sdl)` (button and Ctrl/Cmd+Enter); without it the slot is disabled.
import { useMemo, useRef, useState } from "react";
import { Card, CardTitle } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { PageHeader } from "@/components/ui/page-header";
import { useToast } from "@/components/ui/toast";
import { useNetwork } from "@/features/network";
import { useDarkClass } from "../hooks/use-dark-class";
import { useManifestVersion } from "../hooks/use-manifest-version";
import { useSdlCheck } from "../hooks/use-sdl-check";
import { useStudioDocument } from "../hooks/use-studio-document";
import { summarize } from "../utils/summary";
import { applyEdits } from "../utils/text-edits";
import { DocumentBar } from "./DocumentBar";
import { DraftsList } from "./DraftsList";
import { LazySdlEditor } from "./LazySdlEditor";
import { ProblemsList } from "./ProblemsList";
import type { SdlEditorHandle } from "./SdlEditor";
import { ShareDialog } from "./ShareDialog";
import { SummaryPanel } from "./SummaryPanel";
import { MOD_KEY, StudioActions } from "./StudioActions";
import { TemplateGallery } from "./TemplateGallery";
import { useStudioCommands } from "./use-studio-commands";

export function SdlStudio({ onDeploy }: { onDeploy?: (sdl: string) => void }) {
  const { network } = useNetwork();
  const doc = useStudioDocument();
  const toast = useToast();
  const isDark = useDarkClass();
  const editor = useRef<SdlEditorHandle>(null);
  const [galleryOpen, setGalleryOpen] = useState(false);
  const { engine, engineError, gpusError, result, lastBuilt, diagnostics, errors, pending } = useSdlCheck(
    doc.text,
  );
  const manifest = result?.manifest ?? null;
  const versionHex = useManifestVersion(engine, manifest);

  // The last summary chain-sdk could build stays visible (dimmed) while the text has errors.
  const shown = manifest ? result : lastBuilt;
  const summary = useMemo(
    () => (shown?.manifest ? summarize(shown.manifest, shown.sdl, network) : null),
    [shown, network],
  );

  const commands = useStudioCommands({ doc, errors, pending, onDeploy, toast });

  return (
    <>
      <PageHeader
        title="New deployment"
        description={`Write or pick an SDL, fix what the checker finds, and see what it costs on ${network.name}.`}
        actions={
          <StudioActions
            hasDocument={doc.current !== null}
            canDeploy={!!onDeploy && errors === 0 && !pending}
            deployHint={
              onDeploy ? `Deploy (${MOD_KEY}+Enter)` : "Deploying from the studio comes with the deploy flow."
            }
            onTemplates={() => setGalleryOpen(true)}
            onImport={(f) => void doc.importFile(f)}
            onDownload={commands.download}
            onShare={commands.share}
            onSave={commands.save}
            onDeploy={commands.deploy}
          />
        }
      />
      {doc.notice && (
        <p
          role="alert"
          className="mb-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-300"
        >
          {doc.notice}
        </p>
      )}
      {engineError && (
        <p role="alert" className="mb-3 text-sm text-red-700 dark:text-red-400">
          {engineError}
        </p>
      )}
      {doc.current === null ? (
        <div className="flex flex-col gap-4">
          <EmptyState title="Pick a template to start">
            Start from a template that is known to deploy, import an SDL file (or drop it on the editor), or{" "}
            <button type="button" className="text-brand-600 underline" onClick={doc.fromScratch}>
              start from an empty SDL
            </button>
            .
          </EmptyState>
          <TemplateGallery blockTimeSec={network.averageBlockTimeSec} onPick={doc.fromTemplate} />
          <Card>
            <DraftsList
              drafts={doc.drafts}
              currentId={null}
              error={doc.draftsError}
              onOpen={doc.openDraft}
              onDelete={doc.remove}
            />
          </Card>
        </div>
      ) : (
        <div className="grid min-w-0 grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
          <div className="flex min-w-0 flex-col gap-2">
            <DocumentBar name={doc.current.name} status={doc.status} onRename={doc.rename} />
            <div
              className="h-[55vh] min-h-80 min-w-0 overflow-hidden rounded-xl border border-zinc-200 lg:h-[70vh] dark:border-zinc-800"
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const file = e.dataTransfer.files[0];
                if (file) void doc.importFile(file);
              }}
            >
              <LazySdlEditor
                document={doc.loaded}
                diagnostics={diagnostics}
                diagnosticsText={result?.text ?? ""}
                isDark={isDark}
                onChange={doc.edit}
                onSave={commands.save}
                onDeploy={commands.deploy}
                handle={editor}
              />
            </div>
          </div>
          <div className="flex min-w-0 flex-col gap-4">
            <Card>
              <ErrorBoundary name="Problems">
                <ProblemsList
                  diagnostics={diagnostics}
                  pending={pending}
                  onJump={(range) => editor.current?.reveal(range)}
                  onFix={(fix) => {
                    if (editor.current) editor.current.applyFix(fix);
                    else doc.setLoadedText(applyEdits(doc.text, fix.edits));
                  }}
                />
              </ErrorBoundary>
              {gpusError && (
                <p className="mt-2 text-xs text-amber-700 dark:text-amber-400">
                  GPU models are not checked: the providers on {network.name} could not be read (
                  {gpusError.message}).
                </p>
              )}
            </Card>
            <Card>
              <CardTitle>Summary</CardTitle>
              <ErrorBoundary name="Summary">
                <SummaryPanel
                  summary={summary}
                  stale={!manifest && summary !== null}
                  versionHex={manifest ? versionHex : null}
                  blockTimeSec={network.averageBlockTimeSec}
                />
              </ErrorBoundary>
            </Card>
            <Card>
              <DraftsList
                drafts={doc.drafts}
                currentId={doc.current.id}
                error={doc.draftsError}
                onOpen={doc.openDraft}
                onDelete={doc.remove}
              />
            </Card>
          </div>
        </div>
      )}
      <Dialog open={galleryOpen} onClose={() => setGalleryOpen(false)} title="Start from a template">
        <TemplateGallery
          blockTimeSec={network.averageBlockTimeSec}
          onPick={(t) => {
            setGalleryOpen(false);
            doc.fromTemplate(t);
          }}
        />
      </Dialog>
      <ShareDialog
        link={commands.shareLink?.url ?? null}
        redacted={commands.shareLink?.redacted ?? 0}
        onClose={commands.closeShare}
      />
    </>
  );
}
