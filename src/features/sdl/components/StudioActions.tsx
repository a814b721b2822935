// The studio's commands: templates, import, download, share, save, and the deploy slot.
import { useRef } from "react";
import { Button } from "@/components/ui/button";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
export const MOD_KEY = isMac ? "⌘" : "Ctrl";

export function StudioActions({
  hasDocument,
  canDeploy,
  deployHint,
  onTemplates,
  onImport,
  onDownload,
  onShare,
  onSave,
  onDeploy,
}: {
  hasDocument: boolean;
  canDeploy: boolean;
  deployHint: string;
  onTemplates(): void;
  onImport(file: File): void;
  onDownload(): void;
  onShare(): void;
  onSave(): void;
  onDeploy(): void;
}) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={onTemplates}>
        Templates
      </Button>
      <Button variant="secondary" size="sm" onClick={() => picker.current?.click()}>
        Import
      </Button>
      <input
        ref={picker}
        type="file"
        accept=".yaml,.yml,.txt,text/yaml,application/yaml,text/plain"
        className="hidden"
        aria-label="Import an SDL file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) onImport(file);
        }}
      />
      {hasDocument && (
        <>
          <Button variant="secondary" size="sm" onClick={onDownload}>
            Download
          </Button>
          <Button variant="secondary" size="sm" onClick={onShare}>
            Share link
          </Button>
          <Button variant="secondary" size="sm" onClick={onSave} title={`Save (${MOD_KEY}+S)`}>
            Save
          </Button>
          <Button size="sm" onClick={onDeploy} disabled={!canDeploy} title={deployHint}>
            {/* No keyboard hint where there is no keyboard (a touch screen). */}
            Deploy <kbd className="text-xs opacity-80 pointer-coarse:hidden">{MOD_KEY}+↵</kbd>
          </Button>
        </>
      )}
    </>
  );
}
