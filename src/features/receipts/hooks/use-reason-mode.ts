// The "reason" preference: whether the review dialog asks for a reason that goes into the receipt.
// Kept in localStorage; every component (and other tabs) sees a change at once.
import { useSyncExternalStore } from "react";
import { readJson, writeJson } from "@/lib/storage";
import { MAX_REASON_LENGTH } from "../core/build";

export type ReasonMode = "off" | "optional" | "required";

const KEY = "console.receipts.reason-mode";
const DEFAULT_MODE: ReasonMode = "optional";
const listeners = new Set<() => void>();

const isMode = (v: unknown): v is ReasonMode => v === "off" || v === "optional" || v === "required";

export function readReasonMode(): ReasonMode {
  return readJson(KEY, DEFAULT_MODE, isMode);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** Returns false when the browser refused to store it (the choice then lasts for this page only). */
export function setReasonMode(mode: ReasonMode): boolean {
  const saved = writeJson(KEY, mode);
  listeners.forEach((l) => l());
  return saved;
}

/** For the review dialog: the mode, and the check to run on what the user typed. */
export function useReasonMode(): { mode: ReasonMode; setMode(mode: ReasonMode): boolean } {
  const mode = useSyncExternalStore(subscribe, readReasonMode, () => DEFAULT_MODE);
  return { mode, setMode: setReasonMode };
}

/** Null when the reason is acceptable for the mode; otherwise the sentence to show under the field. */
export function reasonProblem(mode: ReasonMode, reason: string): string | null {
  const text = reason.trim();
  if (mode === "required" && !text)
    return "Type a short reason: your settings require one for every transaction.";
  if (text.length > MAX_REASON_LENGTH)
    return `Keep the reason under ${MAX_REASON_LENGTH} characters (it has ${text.length}).`;
  return null;
}
