// An import that did not verify: nothing was changed. A file that is intact but carries no
// signature of the wallets that made it may still be imported, deliberately, like
// `verify-receipts --allow-unanchored`.
import { Button } from "@/components/ui/button";
import type { ImportFailure as Failure } from "../hooks/use-receipts-panel";

export function ImportFailure({
  failure,
  onForce,
  onDismiss,
}: {
  failure: Failure;
  onForce(file: File): void;
  onDismiss(): void;
}) {
  const { file } = failure;
  return (
    <div
      role="alert"
      className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200"
    >
      <p className="font-medium">
        {file
          ? "Not imported: no wallet signature anchors these receipts, so nothing proves who wrote them. Nothing was changed."
          : "Not imported: the file does not verify. Nothing was changed."}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {failure.lines.map((l) => (
          <li key={l} className="break-words">
            {l}
          </li>
        ))}
      </ul>
      <div className="mt-2 flex flex-wrap gap-2">
        {file && (
          <Button size="sm" variant="secondary" onClick={() => onForce(file)}>
            Import anyway (I made this file)
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
