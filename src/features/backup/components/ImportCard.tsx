// Import: read a backup (asking for its passphrase when it is encrypted), check all of it and show
// what would change; nothing is written until the tenant confirms.
import { useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { loadChainTools, useReceiptStore } from "@/features/receipts";
import { applyImport, previewImport, type ImportPreview } from "../core/apply";
import { peekBackup, readBackup } from "../core/format";
import { FEATURE_PREFERENCES, type Preference } from "../core/sources";
import { PreviewList } from "./PreviewList";

type Step =
  | { kind: "idle" }
  | { kind: "passphrase"; text: string; fileName: string }
  | { kind: "preview"; preview: ImportPreview; fileName: string }
  | { kind: "done"; text: string };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function ImportCard({ preferences }: { preferences: readonly Preference[] }) {
  const receipts = useReceiptStore();
  const ports = { preferences: [...FEATURE_PREFERENCES, ...preferences], receipts };
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [passphrase, setPassphrase] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const guard = async (task: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (err) {
      setError(message(err));
    } finally {
      setBusy(false);
    }
  };

  const open = (text: string, fileName: string, pass: string | null) =>
    guard(async () => {
      const data = await readBackup(text, pass);
      setStep({ kind: "preview", preview: await previewImport(data, ports), fileName });
    });

  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setPassphrase("");
    setStep({ kind: "idle" });
    void guard(async () => {
      const text = await file.text();
      if (peekBackup(text).encrypted) setStep({ kind: "passphrase", text, fileName: file.name });
      else await open(text, file.name, null);
    });
  };

  const apply = (preview: ImportPreview) =>
    guard(async () => {
      const outcome = await applyImport(preview, ports);
      const { describeVerdict, verifyChain } = await loadChainTools();
      const verdict = describeVerdict(await verifyChain(await receipts.list()));
      const failed = outcome.failed.length
        ? ` This browser refused to store: ${outcome.failed.join(", ")}.`
        : "";
      setStep({ kind: "done", text: `Imported. Receipts here: ${verdict}${failed}` });
    });

  return (
    <Card>
      <CardTitle>Import local data</CardTitle>
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        Merge a backup from another browser into this one. Nothing here is replaced or duplicated: you see
        what will be added before anything is written.
      </p>
      <Field label="Backup file">
        <Input type="file" accept="application/json,.json" onChange={pick} disabled={busy} />
      </Field>
      {step.kind === "passphrase" && (
        <form
          className="mt-3 flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void open(step.text, step.fileName, passphrase);
          }}
        >
          <Field label={`Passphrase of ${step.fileName}`}>
            <Input
              type="password"
              autoComplete="off"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </Field>
          <Button type="submit" disabled={busy || passphrase === ""}>
            {busy ? "Decrypting…" : "Decrypt"}
          </Button>
        </form>
      )}
      {error && (
        <p role="alert" className="mt-3 text-sm text-red-600">
          {error}
        </p>
      )}
      {step.kind === "preview" && (
        <div className="mt-3 grid gap-3">
          <PreviewList preview={step.preview} fileName={step.fileName} />
          <div className="flex gap-2">
            <Button onClick={() => void apply(step.preview)} disabled={busy}>
              {busy ? "Importing…" : "Import"}
            </Button>
            <Button variant="secondary" onClick={() => setStep({ kind: "idle" })} disabled={busy}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {step.kind === "done" && (
        <p role="status" className="mt-3 text-sm text-emerald-700 dark:text-emerald-400">
          {step.text}
        </p>
      )}
    </Card>
  );
}
