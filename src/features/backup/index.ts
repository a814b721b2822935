// Owns portable local data: one file (versioned, optionally passphrase-encrypted) with what this
// browser keeps for the tenant (drafts, names, preferences, endpoints, runway targets, alert rules,
// receipts), its secrets only on request, and the import that checks, previews and merges it.
export { preference, type Preference } from "./core/preference";
export { BackupPanel } from "./lazy";
