// Import from a URL: an SDL (checked, then opened) or a template index (its templates join the
// gallery). The checker's verdict on an SDL with errors is shown here, before the editor.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { diagnosticText } from "../../checker/types";
import type { Verdict } from "../../hooks/use-open-template";

export function ImportFromUrl({
  busy,
  error,
  verdict,
  onImport,
  onOpenAnyway,
  onDismiss,
}: {
  busy: boolean;
  error: string | null;
  verdict: Verdict | null;
  onImport(url: string): void;
  onOpenAnyway(): void;
  onDismiss(): void;
}) {
  const [url, setUrl] = useState("");
  return (
    <section aria-label="Import from a URL" className="flex flex-col gap-2">
      <form
        className="flex flex-col gap-2 sm:flex-row"
        onSubmit={(e) => {
          e.preventDefault();
          onImport(url);
        }}
      >
        <Input
          type="url"
          inputMode="url"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          placeholder="https://…/deploy.yaml or …/templates.json"
          aria-label="SDL or template index URL"
          maxLength={2048}
          className="min-w-0 flex-1"
        />
        <Button type="submit" variant="secondary" disabled={busy}>
          {busy ? "Importing…" : "Import from URL"}
        </Button>
      </form>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400" data-testid="import-error">
          {error}
        </p>
      )}
      {verdict && (
        <div
          role="alert"
          data-testid="import-verdict"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
        >
          <p className="font-medium">
            The checker found {verdict.problems.length} {verdict.problems.length === 1 ? "error" : "errors"}{" "}
            in “{verdict.doc.title}”; it would not deploy as it is.
          </p>
          <ul className="mt-1 list-disc pl-5 text-xs">
            {verdict.problems.slice(0, 5).map((d, i) => (
              <li key={i}>{diagnosticText(d)}</li>
            ))}
          </ul>
          <div className="mt-2 flex gap-2">
            <Button size="sm" variant="secondary" onClick={onOpenAnyway}>
              Open it to fix
            </Button>
            <Button size="sm" variant="ghost" onClick={onDismiss}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
