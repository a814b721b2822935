// Drafts saved in this browser: open or delete. Storage failures are shown, not swallowed.
import { Button } from "@/components/ui/button";
import type { Draft } from "../utils/drafts-store";

export function DraftsList({
  drafts,
  currentId,
  error,
  onOpen,
  onDelete,
}: {
  drafts: readonly Draft[];
  currentId: string | null;
  error: string | null;
  onOpen(draft: Draft): void;
  onDelete(draft: Draft): void;
}) {
  return (
    <section aria-labelledby="drafts-title" data-testid="drafts">
      <h2 id="drafts-title" className="mb-2 text-sm font-semibold text-zinc-700 dark:text-zinc-300">
        Drafts in this browser
      </h2>
      {error && (
        <p role="alert" className="mb-2 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {drafts.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No drafts yet. Your work is saved here automatically as you type.
        </p>
      ) : (
        <ul className="flex flex-col gap-1">
          {drafts.map((d) => (
            <li
              key={d.id}
              data-testid="draft"
              className="flex min-w-0 items-center gap-2 rounded-lg border border-zinc-200 px-2 py-1 text-sm dark:border-zinc-800"
            >
              <button type="button" className="min-w-0 flex-1 truncate text-left" onClick={() => onOpen(d)}>
                <span className={d.id === currentId ? "font-semibold" : undefined}>{d.name}</span>
                <span className="ml-2 text-xs text-zinc-500">{new Date(d.updatedAt).toLocaleString()}</span>
              </button>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Delete draft ${d.name}`}
                onClick={() => onDelete(d)}
              >
                Delete
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-zinc-500">
        Registry passwords are never saved in drafts or share links.
      </p>
    </section>
  );
}
