// Storage failures become UI state: the banner shows them and the pipeline gets a typed error,
// so a receipt that could not be written is never dropped silently.

export type StorageProblemKind = "quota" | "blocked" | "unavailable" | "write";

export interface StorageProblem {
  kind: StorageProblemKind;
  message: string;
}

export class ReceiptStorageError extends Error {
  override name = "ReceiptStorageError";
  constructor(readonly problem: StorageProblem) {
    super(problem.message);
  }
}

export function errorName(err: unknown): string {
  return err && typeof err === "object" && "name" in err && typeof err.name === "string" ? err.name : "";
}

const STORAGE_ERRORS = new Set([
  "QuotaExceededError",
  "VersionError",
  "InvalidStateError",
  "UnknownError",
  "AbortError",
  "TransactionInactiveError",
  "ConstraintError",
  "DataError",
  "DataCloneError",
]);

/** IndexedDB failed (as opposed to a bug in the caller's input). */
export function isStorageFailure(err: unknown): boolean {
  return err instanceof ReceiptStorageError || STORAGE_ERRORS.has(errorName(err));
}

export function toStorageProblem(err: unknown): StorageProblem {
  if (err instanceof ReceiptStorageError) return err.problem;
  const detail = err instanceof Error ? err.message : String(err);
  if (errorName(err) === "QuotaExceededError")
    return {
      kind: "quota",
      message:
        "This browser's storage is full, so the receipt could not be saved. Export your receipts, free some browser storage, then reload.",
    };
  if (errorName(err) === "VersionError")
    return {
      kind: "unavailable",
      message:
        "The receipts database was written by a newer version of the console. Reload the page to load the newest version.",
    };
  if (errorName(err) === "InvalidStateError" || errorName(err) === "UnknownError")
    return {
      kind: "unavailable",
      message: `The receipts database cannot be used in this browser (${detail}). Private windows and some settings disable it; receipts are not being kept.`,
    };
  return {
    kind: "write",
    message: `A receipt could not be saved: ${detail}. Reload the page and try again.`,
  };
}

export const BLOCKED_PROBLEM: StorageProblem = {
  kind: "blocked",
  message:
    "Another console tab keeps an older receipts database open, so receipts cannot be saved here. Close the other console tabs, then reload.",
};

export const NO_IDB_PROBLEM: StorageProblem = {
  kind: "unavailable",
  message:
    "This browser does not offer IndexedDB here, so receipts cannot be kept. Use a normal (not private) window.",
};
