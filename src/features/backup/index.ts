// Owns portable local data: one file (versioned, optionally passphrase-encrypted) with what this
// browser keeps for the tenant (drafts, names, preferences, endpoints, runway targets, alert rules,
// receipts), its secrets only on request, and the import that checks, previews and merges it.
import { lazy } from "react";

export { preference, type Preference } from "./core/preference";

/** Export and import, for the settings page (loaded with it). */
export const BackupPanel = lazy(() => import("./components/BackupPanel"));
