// Moves what earlier versions kept in localStorage to today's keys and envelopes, once, before any
// store reads (src/app/migrate-storage.ts runs it first thing). The rules, old key to new, live in
// config/storage-keys.ts beside the keys they produce.
import { browserStorage } from "./persisted-store";

export interface LegacyKey {
  /** matches a key an earlier version wrote */
  pattern: RegExp;
  /** the key that replaces it */
  to(match: RegExpExecArray): string;
  /** how the earlier version wrote the value: JSON, or the bare string */
  format: "json" | "text";
}

/**
 * Moves what earlier versions stored under `rules` into version-1 envelopes under today's keys.
 * Runs before any store reads. A value already present under the new key wins; a legacy value
 * that cannot be parsed, or cannot be written anew, is left where it is, so nothing is lost.
 */
export function migrateLegacyKeys(rules: readonly LegacyKey[], storage = browserStorage): string[] {
  const moved: string[] = [];
  try {
    const area = storage();
    if (!area) return moved;
    const keys = Array.from({ length: area.length }, (_, i) => area.key(i));
    for (const old of keys) {
      if (old === null) continue;
      for (const rule of rules) {
        const match = rule.pattern.exec(old);
        if (!match) continue;
        if (moveOne(area, old, rule.to(match), rule.format)) moved.push(old);
        break;
      }
    }
  } catch {
    // Storage blocked: there is nothing to migrate, and the stores report it themselves.
  }
  return moved;
}

function moveOne(area: Storage, from: string, to: string, format: LegacyKey["format"]): boolean {
  const raw = area.getItem(from);
  if (raw === null) return false;
  let data: unknown = raw;
  try {
    if (format === "json") data = JSON.parse(raw);
    if (area.getItem(to) === null) area.setItem(to, JSON.stringify({ v: 1, data }));
  } catch {
    return false;
  }
  area.removeItem(from);
  return true;
}
