// The open document, twice: the form and the YAML editor, side by side on a wide screen; on a
// phone the form first and the YAML one tap away. Monaco loads on a phone only once the YAML is
// asked for; after that it stays mounted (hidden), so switching back and forth is instant.
import { useState, type RefObject } from "react";
import { cn } from "@/lib/cn";
import { useNetwork } from "@/features/network";
import { LazySdlBuilder } from "../builder/components/LazySdlBuilder";
import { useProviderGpus } from "../api/provider-gpus";
import { useDarkClass } from "../hooks/use-dark-class";
import type { Studio } from "../hooks/use-studio";
import { useWide } from "../hooks/use-wide";
import { LazySdlEditor } from "./LazySdlEditor";
import type { SdlEditorHandle } from "./SdlEditor";

export type StudioView = "form" | "yaml";

function Tabs({ view, onView, errors }: { view: StudioView; onView(v: StudioView): void; errors: number }) {
  const tab = (v: StudioView, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={view === v}
      onClick={() => onView(v)}
      className={cn(
        "h-10 flex-1 rounded-lg text-sm font-medium",
        view === v ? "bg-white shadow-sm dark:bg-zinc-800" : "text-zinc-600 dark:text-zinc-400",
      )}
    >
      {label}
    </button>
  );
  return (
    <div
      role="tablist"
      aria-label="Edit as"
      className="flex gap-1 rounded-xl bg-zinc-100 p-1 dark:bg-zinc-900"
    >
      {tab("form", "Form")}
      {tab("yaml", errors ? `YAML (${errors} ${errors === 1 ? "error" : "errors"})` : "YAML")}
    </div>
  );
}

export function StudioViews({
  studio,
  editor,
  view,
  onView,
}: {
  studio: Studio;
  editor: RefObject<SdlEditorHandle | null>;
  view: StudioView;
  onView(v: StudioView): void;
}) {
  const { network } = useNetwork();
  const { doc, check, commands } = studio;
  const wide = useWide();
  const isDark = useDarkClass();
  const gpus = useProviderGpus();
  const [yamlOpened, setYamlOpened] = useState(false);
  const showYaml = wide || view === "yaml";
  if (showYaml && !yamlOpened) setYamlOpened(true);
  // Markers only for the text they were computed for, as in the editor.
  const current = check.result?.text === doc.text ? check.diagnostics : [];
  return (
    <>
      {!wide && <Tabs view={view} onView={onView} errors={check.errors} />}
      <div className="grid min-w-0 grid-cols-1 gap-3 lg:grid-cols-2">
        <div
          className={cn(
            "min-w-0 lg:h-[70vh] lg:overflow-y-auto lg:pr-1",
            !wide && view !== "form" && "hidden",
          )}
        >
          <LazySdlBuilder
            text={doc.text}
            diagnostics={current}
            gpuOffers={gpus.data ?? null}
            blockTimeSec={network.averageBlockTimeSec}
            onChange={doc.formEdit}
          />
        </div>
        {(showYaml || yamlOpened) && (
          <div
            className={cn(
              "h-[70vh] min-h-80 min-w-0 overflow-hidden rounded-xl border border-zinc-200 dark:border-zinc-800",
              !showYaml && "hidden",
            )}
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
        )}
      </div>
    </>
  );
}
