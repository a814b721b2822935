// Owns the SDL drafts kept in this browser: one list in one persisted store (key in
// config/storage-keys.ts). Drafts never contain a registry password (redacted before writing).
// Every write reports failure (private mode, quota) so the UI can say the draft is not saved, and
// a list that cannot be read is never overwritten. Other tabs' changes arrive through the store.
import * as z from "zod/mini";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { persistedStore, type PersistedStore, type StorageProblem } from "@/lib/persisted-store";
import { redactSecrets } from "./redact";

const draftSchema = z.object({ id: z.string(), name: z.string(), sdl: z.string(), updatedAt: z.number() });
export type Draft = z.infer<typeof draftSchema>;

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The list as stored: entries are checked one by one, so one corrupted draft never hides the rest. */
export function draftsStorage(storage?: () => Storage | null): PersistedStore<unknown[]> {
  return persistedStore<unknown[]>({
    key: STORAGE_KEYS.sdlDrafts,
    version: 1,
    schema: z.array(z.unknown()),
    fallback: [],
    ...(storage ? { storage } : {}),
  });
}

function describe(problem: StorageProblem): string {
  if (problem.kind === "unreadable") return "Saved drafts are unreadable.";
  if (problem.kind === "quota")
    return "This browser's storage is full: delete old drafts or download this one.";
  return "This browser does not allow saving here (private mode or blocked storage): download the SDL to keep it.";
}

let pageDrafts: PersistedStore<unknown[]> | null = null;

export function createDraftsStore(stored: PersistedStore<unknown[]> = (pageDrafts ??= draftsStorage())) {
  // Read from storage every time: the list shows what is saved, never a draft a failed write
  // kept only in memory.
  function read(): StoreResult<Draft[]> {
    const entries = stored.refresh();
    const problem = stored.problem();
    if (problem) return { ok: false, error: describe(problem) };
    const drafts = entries.flatMap((e) => {
      const parsed = draftSchema.safeParse(e);
      return parsed.success ? [parsed.data] : [];
    });
    return { ok: true, value: drafts.sort((a, b) => b.updatedAt - a.updatedAt) };
  }

  function write(drafts: Draft[]): StoreResult<Draft[]> {
    const problem = stored.set(drafts);
    return problem ? { ok: false, error: describe(problem) } : { ok: true, value: drafts };
  }

  return {
    list: read,
    subscribe: stored.subscribe,
    /** Inserts or replaces a draft (by id), with its password blanked. */
    save(draft: Omit<Draft, "updatedAt">, now = Date.now()): StoreResult<Draft> {
      const current = read();
      if (!current.ok) return current;
      const saved: Draft = { ...draft, sdl: redactSecrets(draft.sdl).text, updatedAt: now };
      const result = write([saved, ...current.value.filter((d) => d.id !== draft.id)]);
      return result.ok ? { ok: true, value: saved } : result;
    },
    /** Writes a whole list (an import's merge, which keeps each draft's own time). */
    replaceAll(drafts: Draft[]): StoreResult<Draft[]> {
      return write(drafts.map((d) => ({ ...d, sdl: redactSecrets(d.sdl).text })));
    },
    remove(id: string): StoreResult<Draft[]> {
      const current = read();
      if (!current.ok) return current;
      return write(current.value.filter((d) => d.id !== id));
    },
  };
}

export type DraftsStore = ReturnType<typeof createDraftsStore>;

export function newDraftId(): string {
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
