// Owns the SDL drafts kept in this browser (localStorage, one JSON list under one key). Drafts
// never contain a registry password (redacted before writing). Every write reports failure
// (private mode, quota) so the UI can say the draft is not saved; other tabs are notified
// through the `storage` event and reload the list.
import { redactSecrets } from "./redact";

export interface Draft {
  id: string;
  name: string;
  sdl: string;
  updatedAt: number;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const DRAFTS_KEY = "console.sdl.drafts.v1";

function isDraft(value: unknown): value is Draft {
  if (!value || typeof value !== "object") return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.id === "string" &&
    typeof d.name === "string" &&
    typeof d.sdl === "string" &&
    typeof d.updatedAt === "number"
  );
}

function describe(err: unknown): string {
  if (err instanceof DOMException && /quota/i.test(err.name))
    return "This browser's storage is full: delete old drafts or download this one.";
  return "This browser does not allow saving here (private mode or blocked storage): download the SDL to keep it.";
}

export function createDraftsStore(storage: Storage | null = globalThis.localStorage ?? null) {
  function read(): StoreResult<Draft[]> {
    try {
      if (!storage) throw new Error("no storage");
      const raw = storage.getItem(DRAFTS_KEY);
      if (raw === null) return { ok: true, value: [] };
      const parsed: unknown = JSON.parse(raw);
      const drafts = Array.isArray(parsed) ? parsed.filter(isDraft) : [];
      return { ok: true, value: drafts.sort((a, b) => b.updatedAt - a.updatedAt) };
    } catch (err) {
      return {
        ok: false,
        error: err instanceof SyntaxError ? "Saved drafts are unreadable." : describe(err),
      };
    }
  }

  function write(drafts: Draft[]): StoreResult<Draft[]> {
    try {
      if (!storage) throw new Error("no storage");
      storage.setItem(DRAFTS_KEY, JSON.stringify(drafts));
      return { ok: true, value: drafts };
    } catch (err) {
      return { ok: false, error: describe(err) };
    }
  }

  return {
    list: read,
    /** Inserts or replaces a draft (by id), with its password blanked. */
    save(draft: Omit<Draft, "updatedAt">, now = Date.now()): StoreResult<Draft> {
      const current = read();
      if (!current.ok) return current;
      const saved: Draft = { ...draft, sdl: redactSecrets(draft.sdl).text, updatedAt: now };
      const result = write([saved, ...current.value.filter((d) => d.id !== draft.id)]);
      return result.ok ? { ok: true, value: saved } : result;
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
