// Light/dark theme, one store for the whole page (header toggle and Settings stay in sync, and so
// do other tabs). "system" follows the OS. public/theme-init.js applies the saved choice before
// first paint; it reads the same key and envelope.
import { useSyncExternalStore } from "react";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { persistedChoice, usePersisted } from "@/lib/persisted-store";

export type ThemeChoice = "light" | "dark" | "system";

export const themeStore = persistedChoice(STORAGE_KEYS.theme, ["light", "dark", "system"], "system");
const media = typeof window !== "undefined" ? window.matchMedia?.("(prefers-color-scheme: dark)") : undefined;
const listeners = new Set<() => void>();

function isDarkNow(): boolean {
  const choice = themeStore.get();
  return choice === "dark" || (choice === "system" && (media?.matches ?? false));
}

function applyAndNotify(): void {
  document.documentElement.classList.toggle("dark", isDarkNow());
  for (const listener of listeners) listener();
}

media?.addEventListener("change", () => {
  if (themeStore.get() === "system") applyAndNotify();
});
// Another tab's choice applies here too.
themeStore.subscribe(applyAndNotify);

/** A choice the browser refuses to store still applies for this visit. */
function choose(next: ThemeChoice): void {
  themeStore.set(next);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTheme() {
  const choice = usePersisted(themeStore);
  const isDark = useSyncExternalStore(subscribe, isDarkNow);
  return { choice, choose, isDark };
}
