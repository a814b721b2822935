import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** Sticky bar shown while deployments are selected: how many, clear, and the actions. */
export function SelectionBar({
  count,
  onClear,
  children,
}: {
  count: number;
  onClear: () => void;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label="Selected deployments"
      // Sticky only while something is selected: an idle bar must not eat a phone's screen.
      className={`${count > 0 ? "sticky top-16 z-20" : ""} flex flex-wrap items-center gap-2 rounded-xl border border-brand-100 bg-brand-50 px-3 py-2 text-sm dark:border-brand-700/40 dark:bg-brand-600/10`}
    >
      {count > 0 ? (
        <>
          <span className="font-medium">{count} selected</span>
          <Button size="sm" variant="ghost" onClick={onClear}>
            Clear
          </Button>
        </>
      ) : (
        <span className="text-zinc-600 dark:text-zinc-400">
          Tick active deployments to act on several at once.
        </span>
      )}
      <span className="flex-1" />
      {children}
    </div>
  );
}
