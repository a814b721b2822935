// A preference as the backup sees it, whoever owns it (a feature, or the app: the theme).
import type { PersistedStore } from "@/lib/persisted-store";

/** A preference as the backup sees it: read it, and write what the file holds when valid. */
export interface Preference {
  key: string;
  label: string;
  read(): unknown;
  /** false when the value is not valid for it or storage refused it */
  write(value: unknown): boolean;
}

export function preference<T>(label: string, store: PersistedStore<T>): Preference {
  return {
    key: store.key,
    label,
    read: () => store.refresh(),
    write: (value) => store.accepts(value) && store.set(value) === null,
  };
}
