import { Button } from "@/components/ui/button";
import type { VerifyOutcome } from "../hooks/use-chain-actions";

export function VerifyResult({
  outcome,
  onShowBroken,
  onDismiss,
}: {
  outcome: VerifyOutcome;
  onShowBroken(index: number): void;
  onDismiss(): void;
}) {
  const tone = outcome.ok
    ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-200"
    : "border-red-300 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200";
  return (
    <div
      role={outcome.ok ? "status" : "alert"}
      data-testid="verify-result"
      className={`rounded-xl border p-3 text-sm ${tone}`}
    >
      <p className="font-medium break-words">{outcome.message}</p>
      {outcome.ok && outcome.attestation && <p className="mt-1 break-words">{outcome.attestation}</p>}
      {!outcome.ok && (
        <p className="mt-1">
          Receipts after this point cannot be trusted. Compare with an earlier export to see what changed.
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {!outcome.ok && (
          <Button size="sm" variant="secondary" onClick={() => onShowBroken(outcome.index)}>
            Show receipt #{outcome.index + 1}
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
