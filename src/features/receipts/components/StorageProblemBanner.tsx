// A storage failure (quota, blocked or missing database) is shown where the user is, with what
// to do; receipts are never dropped silently. The app shell may show this on every page.
import { useStorageProblem } from "../hooks/use-receipts";

export function StorageProblemBanner() {
  const problem = useStorageProblem();
  if (!problem) return null;
  return (
    <div
      role="alert"
      data-testid="receipts-storage-problem"
      className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200"
    >
      <p className="font-medium">Receipts are not being saved</p>
      <p className="mt-1 break-words">{problem.message}</p>
    </div>
  );
}
