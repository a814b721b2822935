import { useRef } from "react";
import { Button } from "@/components/ui/button";

export function ChainToolbar({
  busy,
  hasReceipts,
  canCheckChain,
  checkingChain,
  onVerify,
  onCheckChain,
  onExport,
  onImportFile,
}: {
  busy: string | null;
  hasReceipts: boolean;
  canCheckChain: boolean;
  checkingChain: boolean;
  onVerify(): void;
  onCheckChain(): void;
  onExport(format: "json" | "jsonl"): void;
  onImportFile(file: File): void;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div className="flex flex-wrap gap-2">
      {hasReceipts && (
        <>
          <Button size="sm" onClick={onVerify} disabled={busy !== null}>
            {busy === "verify" ? "Verifying…" : "Verify"}
          </Button>
          {canCheckChain && (
            <Button size="sm" variant="secondary" onClick={onCheckChain} disabled={checkingChain}>
              Check against the chain
            </Button>
          )}
          <Button size="sm" variant="secondary" onClick={() => onExport("json")}>
            Export JSON
          </Button>
          <Button size="sm" variant="secondary" onClick={() => onExport("jsonl")}>
            Export JSONL
          </Button>
        </>
      )}
      <Button size="sm" variant="secondary" onClick={() => fileRef.current?.click()} disabled={busy !== null}>
        {busy === "import" ? "Importing…" : "Import"}
      </Button>
      <input
        ref={fileRef}
        type="file"
        accept=".json,.jsonl,application/json,application/x-ndjson"
        aria-label="Import receipts file"
        className="hidden"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onImportFile(file);
        }}
      />
    </div>
  );
}
