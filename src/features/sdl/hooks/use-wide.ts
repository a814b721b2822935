// Whether the screen is wide enough for the form and the editor side by side (Tailwind's lg).
import { useSyncExternalStore } from "react";

const QUERY = "(min-width: 1024px)";

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== "function") return () => {};
  const list = window.matchMedia(QUERY);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}

const wide = () => typeof window.matchMedia !== "function" || window.matchMedia(QUERY).matches;

export function useWide(): boolean {
  return useSyncExternalStore(subscribe, wide, () => true);
}
