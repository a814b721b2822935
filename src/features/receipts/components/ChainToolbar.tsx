import { useRef } from "react";
import { Button } from "@/components/ui/button";

export function ChainToolbar({
  busy,
  hasReceipts,
  canSign,
  onVerify,
  onExport,
  onImportFile,
  onSign,
}: {
  busy: string | null;
  hasReceipts: boolean;
  canSign: boolean;
  onVerify(): void;
  onExport(format: "json" | "jsonl"): void;
  onImportFile(file: File): void;
  onSign(): void;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" onClick={onVerify} disabled={!hasReceipts || busy !== null}>
        {busy === "verify" ? "Verifying…" : "Verify"}
      </Button>
      <Button size="sm" variant="secondary" onClick={() => onExport("json")} disabled={!hasReceipts}>
        Export JSON
      </Button>
      <Button size="sm" variant="secondary" onClick={() => onExport("jsonl")} disabled={!hasReceipts}>
        Export JSONL
      </Button>
      <Button size="sm" variant="secondary" onClick={() => fileRef.current?.click()} disabled={busy !== null}>
        {busy === "import" ? "Importing…" : "Import"}
      </Button>
      {canSign && (
        <Button size="sm" variant="secondary" onClick={onSign} disabled={!hasReceipts || busy !== null}>
          {busy === "sign" ? "Waiting for the wallet…" : "Sign the head"}
        </Button>
      )}
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
