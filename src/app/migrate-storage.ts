// Moves what earlier versions kept in localStorage to today's keys (config/storage-keys.ts),
// before any store reads: main.tsx imports this module first, so it runs ahead of every module
// that could read a store.
import { LEGACY_KEYS } from "@/config/storage-keys";
import { migrateLegacyKeys } from "@/lib/storage-migration";

migrateLegacyKeys(LEGACY_KEYS);
