// The drafts list for the studio, kept in step with other tabs by the drafts store.
import { useCallback, useEffect, useMemo, useState } from "react";
import { createDraftsStore, type Draft } from "../utils/drafts-store";

export interface DraftsState {
  drafts: Draft[];
  /** why the drafts cannot be read or the last save failed; null when storage works */
  error: string | null;
  save(draft: Omit<Draft, "updatedAt">): Draft | null;
  remove(id: string): void;
}

export function useDrafts(): DraftsState {
  const store = useMemo(() => createDraftsStore(), []);
  const [state, setState] = useState<{ drafts: Draft[]; error: string | null }>(() => {
    const listed = store.list();
    return listed.ok ? { drafts: listed.value, error: null } : { drafts: [], error: listed.error };
  });

  const reload = useCallback(() => {
    const listed = store.list();
    setState(listed.ok ? { drafts: listed.value, error: null } : { drafts: [], error: listed.error });
  }, [store]);

  useEffect(() => store.subscribe(reload), [store, reload]);

  const save = useCallback(
    (draft: Omit<Draft, "updatedAt">) => {
      const saved = store.save(draft);
      if (!saved.ok) {
        setState((s) => ({ ...s, error: saved.error }));
        return null;
      }
      reload();
      return saved.value;
    },
    [store, reload],
  );

  const remove = useCallback(
    (id: string) => {
      const removed = store.remove(id);
      if (!removed.ok) setState((s) => ({ ...s, error: removed.error }));
      else reload();
    },
    [store, reload],
  );

  return { ...state, save, remove };
}
