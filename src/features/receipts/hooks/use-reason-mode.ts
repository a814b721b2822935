// The "reason" preference: whether the review dialog asks for a reason that goes into the receipt.
// One persisted store: every component (and other tabs) sees a change at once.
import { STORAGE_KEYS } from "@/config/storage-keys";
import { persistedChoice, usePersisted } from "@/lib/persisted-store";
import { MAX_REASON_LENGTH } from "../core/build";

export type ReasonMode = "off" | "optional" | "required";

export const reasonModeStore = persistedChoice(
  STORAGE_KEYS.reasonMode,
  ["off", "optional", "required"],
  "optional",
);

export function readReasonMode(): ReasonMode {
  return reasonModeStore.get();
}

/** Returns false when the browser refused to store it (the choice then lasts for this page only). */
export function setReasonMode(mode: ReasonMode): boolean {
  return reasonModeStore.set(mode) === null;
}

/** For the review dialog: the mode, and the check to run on what the user typed. */
export function useReasonMode(): { mode: ReasonMode; setMode(mode: ReasonMode): boolean } {
  return { mode: usePersisted(reasonModeStore), setMode: setReasonMode };
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
