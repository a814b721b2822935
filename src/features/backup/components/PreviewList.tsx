// What an import would change, section by section, before anything is written.
import type { ImportPreview } from "../core/apply";

export function PreviewList({ preview, fileName }: { preview: ImportPreview; fileName: string }) {
  const { receipts, drafts, names } = preview;
  const rows: [string, string][] = [
    [
      "Receipts",
      `${receipts.add} new of ${receipts.incoming} (${receipts.skipped} already here); the chain is verified`,
    ],
    ["SDL drafts", `${drafts.add} new, ${drafts.update} newer versions`],
    [
      "Deployment names",
      `${names.add} new${names.conflicts ? `, ${names.conflicts} named differently here (this browser's kept)` : ""}`,
    ],
    ["Alert rules", `${preview.rules} new`],
    [
      "Runway targets",
      `${preview.topUps} new (top-ups ask before signing: the top-up key never leaves its browser)`,
    ],
    ["Custom endpoints", `${preview.endpoints} new`],
    [
      "Preferences",
      preview.preferences.length ? `set from the file: ${preview.preferences.join(", ")}` : "unchanged",
    ],
  ];
  if (preview.data.secrets) rows.push(["Deployment records (secrets)", `${preview.records} new`]);
  return (
    <div className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800" aria-label="Import preview">
      <p className="mb-2 text-sm font-medium">
        {fileName}: what will be imported
        {preview.data.secrets && (
          <span className="block font-normal text-amber-700 dark:text-amber-400">
            This file holds secrets (env values, manifests).
          </span>
        )}
      </p>
      <dl className="grid gap-1 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-zinc-500">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
