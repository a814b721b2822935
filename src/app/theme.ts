// Light/dark theme, one store for the whole page (header toggle and Settings stay in sync).
// "system" follows the OS. public/theme-init.js applies the saved choice before first paint.
import { useSyncExternalStore } from "react";

export type ThemeChoice = "light" | "dark" | "system";
const KEY = "console.theme";
const listeners = new Set<() => void>();
const media = typeof window !== "undefined" ? window.matchMedia?.("(prefers-color-scheme: dark)") : undefined;

function readChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === "light" || saved === "dark" ? saved : "system";
  } catch {
    return "system";
  }
}

let current: ThemeChoice = readChoice();

function isDarkNow(): boolean {
  return current === "dark" || (current === "system" && (media?.matches ?? false));
}

function applyAndNotify(): void {
  document.documentElement.classList.toggle("dark", isDarkNow());
  for (const listener of listeners) listener();
}

media?.addEventListener("change", () => {
  if (current === "system") applyAndNotify();
});

function choose(next: ThemeChoice): void {
  current = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    /* preference not persisted; still applied for this visit */
  }
  applyAndNotify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTheme() {
  const choice = useSyncExternalStore(subscribe, () => current);
  const isDark = useSyncExternalStore(subscribe, isDarkNow);
  return { choice, choose, isDark };
}
