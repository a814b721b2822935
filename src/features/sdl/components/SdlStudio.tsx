// The SDL studio: the form and the Monaco editor over one document, problems, live summary, templates and drafts. The deploy flow
// plugs in through `onDeploy(sdl, draftName)` (button and Ctrl/Cmd+Enter); without it the slot is disabled.
import { useRef, useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { PageHeader } from "@/components/ui/page-header";
import { useNetwork } from "@/features/network";
import { useStudio } from "../hooks/use-studio";
import { DocumentBar } from "./DocumentBar";
import type { SdlEditorHandle } from "./SdlEditor";
import { ShareDialog } from "./ShareDialog";
import { MOD_KEY, StudioActions } from "./StudioActions";
import { StudioSidebar, StudioStart } from "./StudioPanels";
import { TemplateGallery } from "./TemplateGallery";
import { StudioViews, type StudioView } from "./StudioViews";

export function SdlStudio({ onDeploy }: { onDeploy?: (sdl: string, name: string) => void }) {
  const { network } = useNetwork();
  const studio = useStudio(onDeploy);
  const { doc, check, commands, gallery } = studio;
  const editor = useRef<SdlEditorHandle>(null);
  const [view, setView] = useState<StudioView>("form");

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
        <div className="flex min-w-0 flex-col gap-4">
          <div className="flex min-w-0 flex-col gap-2">
            <DocumentBar name={doc.current.name} status={doc.status} onRename={doc.rename} />
            <StudioViews studio={studio} editor={editor} view={view} onView={setView} />
          </div>
          <StudioSidebar
            studio={studio}
            editor={editor}
            onJump={(range) => {
              // On a phone the YAML may not be open yet: open it, then the editor reveals the line.
              setView("yaml");
              editor.current?.reveal(range);
            }}
          />
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
