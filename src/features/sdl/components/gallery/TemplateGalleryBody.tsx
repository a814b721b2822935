// The gallery itself, loaded on demand (it carries every curated SDL): search, categories, the
// cards, a template's detail, and templates imported from a URL (an SDL or a template index).
import { useMemo, useState } from "react";
import { Input } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { TEMPLATES } from "../../templates/catalog";
import { importFromUrl } from "../../templates/import-url";
import { useOpenTemplate, type OpenDocument } from "../../hooks/use-open-template";
import { categoriesOf, galleryItem, matches, type GalleryItem } from "./gallery-model";
import { ImportFromUrl } from "./ImportFromUrl";
import { TemplateCard } from "./TemplateCard";
import { TemplateDetail } from "./TemplateDetail";

const ALL = "All";
const CURATED = TEMPLATES.map((t) => galleryItem(t, null));

function Chip({ label, active, onClick }: { label: string; active: boolean; onClick(): void }) {
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={onClick}
      className={cn(
        "shrink-0 rounded-full border px-3 py-1 text-xs font-medium whitespace-nowrap",
        active
          ? "border-brand-600 bg-brand-600 text-white"
          : "border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800",
      )}
    >
      {label}
    </button>
  );
}

export default function TemplateGalleryBody({ onPick }: { onPick(doc: OpenDocument): void }) {
  const opener = useOpenTemplate(onPick);
  const [imported, setImported] = useState<GalleryItem[]>([]);
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState(ALL);
  const [selected, setSelected] = useState<GalleryItem | null>(null);
  const [fetching, setFetching] = useState(false);

  const items = useMemo(() => [...imported, ...CURATED], [imported]);
  const categories = useMemo(() => [ALL, ...categoriesOf(items)], [items]);
  const shown = items.filter(
    (i) => (category === ALL || i.template.category === category) && matches(i, query),
  );
  const use = (i: GalleryItem) => void opener.openTemplate(i.template, i.source !== null);

  const importUrl = async (url: string) => {
    setFetching(true);
    opener.dismiss();
    try {
      const got = await importFromUrl(url);
      if (got.kind === "sdl") return void (await opener.openImportedSdl({ title: got.name, sdl: got.sdl }));
      const host = new URL(got.url).host;
      setImported(got.templates.map((t) => galleryItem(t, host)));
      setCategory(ALL);
      setQuery("");
    } catch (err) {
      opener.setError(err instanceof Error ? err.message : String(err));
    } finally {
      setFetching(false);
    }
  };

  const importer = (
    <ImportFromUrl
      busy={fetching || opener.busy}
      error={opener.error}
      verdict={opener.verdict}
      onImport={(url) => void importUrl(url)}
      onOpenAnyway={() => opener.verdict && onPick(opener.verdict.doc)}
      onDismiss={opener.dismiss}
    />
  );
  if (selected)
    return (
      <div className="flex flex-col gap-3">
        {(opener.error || opener.verdict) && importer}
        <TemplateDetail
          item={selected}
          busy={opener.busy}
          onUse={() => use(selected)}
          onBack={() => setSelected(null)}
        />
      </div>
    );
  return (
    <div className="flex min-w-0 flex-col gap-3" data-testid="template-gallery">
      {importer}
      <Input
        type="search"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        placeholder="Search templates: llm, postgres, rtx4090…"
        aria-label="Search templates"
      />
      <div
        className="-mx-1 flex gap-1.5 overflow-x-auto px-1 pb-1 sm:flex-wrap"
        role="group"
        aria-label="Categories"
      >
        {categories.map((c) => (
          <Chip key={c} label={c} active={c === category} onClick={() => setCategory(c)} />
        ))}
      </div>
      <p className="text-xs text-zinc-500" aria-live="polite" data-testid="template-count">
        {shown.length} of {items.length} templates
        {imported.length > 0 && ` (${imported.length} imported)`}
      </p>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label="Templates">
        {shown.map((i) => (
          <TemplateCard
            key={`${i.source ?? ""}/${i.template.id}`}
            item={i}
            busy={opener.busy}
            onUse={() => use(i)}
            onDetails={() => setSelected(i)}
          />
        ))}
      </ul>
    </div>
  );
}
