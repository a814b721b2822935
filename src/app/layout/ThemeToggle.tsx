import { useTheme } from "../theme";

/** Flips the theme you see; Settings also offers "follow the system". */
export function ThemeToggle() {
  const { isDark, choose } = useTheme();
  const next = isDark ? "light" : "dark";
  return (
    <button
      className="rounded-lg px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-900"
      onClick={() => choose(next)}
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
    >
      {isDark ? "☀" : "☾"}
    </button>
  );
}
