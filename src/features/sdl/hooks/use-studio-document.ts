// The document the studio edits: which draft is open, its text, autosave, and the ways a text
// arrives (template, draft, share link, imported file). Nothing is ever overwritten: a template,
// a share link or an import opens as a new draft; the previous one stays in the list.
import { useCallback, useEffect, useRef, useState } from "react";
import { newDraftId, type Draft } from "../utils/drafts-store";
import { decodeShareFragment } from "../utils/share-link";
import { byteLength, MAX_SDL_BYTES } from "../checker/parse";
import { useDrafts } from "./use-drafts";

export const AUTOSAVE_MS = 800;

export type SaveStatus =
  { kind: "saved"; at: number } | { kind: "unsaved" } | { kind: "failed"; error: string };

interface Current {
  id: string;
  name: string;
}

/** On arrival: a share link wins, otherwise the most recent draft is reopened. */
function initialDocument(drafts: readonly Draft[]) {
  const shared = decodeShareFragment(window.location.hash);
  const latest = drafts[0];
  if (shared?.ok)
    return {
      current: { id: newDraftId(), name: "Shared SDL" },
      text: shared.sdl,
      notice: null,
      fromShareLink: true,
    };
  if (latest)
    return {
      current: { id: latest.id, name: latest.name },
      text: latest.sdl,
      notice: null,
      fromShareLink: !!shared,
    };
  return { current: null, text: "", notice: shared?.error ?? null, fromShareLink: !!shared };
}

export function useStudioDocument() {
  const drafts = useDrafts();
  const [initial] = useState(() => initialDocument(drafts.drafts));
  const [current, setCurrent] = useState<Current | null>(initial.current);
  const [text, setText] = useState(initial.text);
  /** a new object each time text is loaded from outside the editor */
  const [loaded, setLoaded] = useState<{ text: string; inPlace?: boolean }>({ text: initial.text });
  const [status, setStatus] = useState<SaveStatus>(() =>
    initial.fromShareLink && initial.current ? { kind: "unsaved" } : { kind: "saved", at: Date.now() },
  );
  const [notice, setNotice] = useState<string | null>(initial.notice);
  const state = useRef({ current, text });
  useEffect(() => {
    state.current = { current, text };
  });

  const saveNow = useCallback((): boolean => {
    const { current: doc, text: body } = state.current;
    if (!doc) return false;
    const saved = drafts.save({ id: doc.id, name: doc.name || "Untitled SDL", sdl: body });
    setStatus(saved ? { kind: "saved", at: saved.updatedAt } : { kind: "failed", error: "Not saved" });
    return saved !== null;
  }, [drafts]);

  const open = useCallback(
    (doc: Current, body: string, persist: boolean) => {
      if (state.current.current) saveNow();
      state.current = { current: doc, text: body };
      setCurrent(doc);
      setText(body);
      setLoaded({ text: body });
      setNotice(null);
      if (persist) saveNow();
      else setStatus({ kind: "saved", at: Date.now() });
    },
    [saveNow],
  );

  /** A template (already priced for this network) or an SDL imported from a URL, as a new draft. */
  const fromTemplate = (t: { title: string; sdl: string }) =>
    open({ id: newDraftId(), name: t.title }, t.sdl, true);
  const fromScratch = () => open({ id: newDraftId(), name: "Untitled SDL" }, "", true);
  const openDraft = (d: Draft) => open({ id: d.id, name: d.name }, d.sdl, false);

  const importFile = async (file: File) => {
    if (file.size > MAX_SDL_BYTES) {
      setNotice(
        `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; an SDL can be at most ${MAX_SDL_BYTES / 1024} KiB. Nothing was changed.`,
      );
      return;
    }
    const body = await file.text();
    if (byteLength(body) > MAX_SDL_BYTES) return setNotice(`“${file.name}” is too large to be an SDL.`);
    open({ id: newDraftId(), name: file.name.replace(/\.(ya?ml|txt)$/i, "") || "Imported SDL" }, body, true);
  };

  const edit = (body: string) => {
    setText(body);
    setStatus({ kind: "unsaved" });
  };

  const rename = (name: string) => {
    if (!current) return;
    setCurrent({ ...current, name });
    setStatus({ kind: "unsaved" });
  };

  const remove = (d: Draft) => {
    drafts.remove(d.id);
    if (current?.id === d.id) {
      state.current = { current: null, text: "" };
      setCurrent(null);
    }
  };

  // Autosave a short while after the last change.
  useEffect(() => {
    if (!current || status.kind !== "unsaved") return;
    const timer = setTimeout(saveNow, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [current, text, status.kind, saveNow]);

  // The share link has been read into a draft: drop it from the address bar.
  useEffect(() => {
    if (initial.fromShareLink)
      history.replaceState(null, "", window.location.pathname + window.location.search);
  }, [initial.fromShareLink]);

  return {
    current,
    text,
    loaded,
    status: drafts.error && status.kind === "failed" ? { ...status, error: drafts.error } : status,
    notice,
    dismissNotice: () => setNotice(null),
    drafts: drafts.drafts,
    draftsError: drafts.error,
    fromTemplate,
    fromScratch,
    openDraft,
    importFile,
    edit,
    rename,
    remove,
    saveNow,
    setLoadedText: (body: string) => {
      setText(body);
      setLoaded({ text: body });
      setStatus({ kind: "unsaved" });
    },
    /** A form edit: the editor replaces only what changed and keeps its view. */
    formEdit: (body: string) => {
      setText(body);
      setLoaded({ text: body, inPlace: true });
      setStatus({ kind: "unsaved" });
    },
  };
}

export type StudioDocument = ReturnType<typeof useStudioDocument>;
