// The SDL studio: Monaco editor, problems, live summary, templates and drafts. The deploy flow
// plugs in through `onDeploy(sdl, draftName)` (button and Ctrl/Cmd+Enter); without it the slot is disabled.
import { useRef } from "react";
import { Dialog } from "@/components/ui/dialog";
import { PageHeader } from "@/components/ui/page-header";
import { useNetwork } from "@/features/network";
import { useDarkClass } from "../hooks/use-dark-class";
import { useStudio } from "../hooks/use-studio";
import { DocumentBar } from "./DocumentBar";
import { LazySdlEditor } from "./LazySdlEditor";
import type { SdlEditorHandle } from "./SdlEditor";
import { ShareDialog } from "./ShareDialog";
import { MOD_KEY, StudioActions } from "./StudioActions";
import { StudioSidebar, StudioStart } from "./StudioPanels";
import { TemplateGallery } from "./TemplateGallery";

export function SdlStudio({ onDeploy }: { onDeploy?: (sdl: string, name: string) => void }) {
  const { network } = useNetwork();
  const studio = useStudio(onDeploy);
  const { doc, check, commands, gallery } = studio;
  const isDark = useDarkClass();
  const editor = useRef<SdlEditorHandle>(null);

  return (
    <>
      <PageHeader
        title="New deployment"
        description={`Write or pick an SDL, fix what the checker finds, and see what it costs on ${network.name}.`}
        actions={
          <StudioActions
            hasDocument={doc.current !== null}
            canDeploy={studio.canDeploy}
            deployHint={
              onDeploy ? `Deploy (${MOD_KEY}+Enter)` : "Deploying from the studio comes with the deploy flow."
            }
            onTemplates={gallery.show}
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
      {check.engineError && (
        <p role="alert" className="mb-3 text-sm text-red-700 dark:text-red-400">
          {check.engineError}
        </p>
      )}
      {doc.current === null ? (
        <StudioStart studio={studio} />
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
                diagnostics={check.diagnostics}
                diagnosticsText={check.result?.text ?? ""}
                isDark={isDark}
                onChange={doc.edit}
                onSave={commands.save}
                onDeploy={commands.deploy}
                handle={editor}
              />
            </div>
          </div>
          <StudioSidebar studio={studio} editor={editor} />
        </div>
      )}
      <Dialog open={gallery.open} onClose={gallery.hide} title="Start from a template" wide>
        <TemplateGallery onPick={gallery.pick} />
      </Dialog>
      <ShareDialog
        link={commands.shareLink?.url ?? null}
        redacted={commands.shareLink?.redacted ?? 0}
        onClose={commands.closeShare}
      />
    </>
  );
}
