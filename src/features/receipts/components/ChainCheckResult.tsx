// The chain check's progress and findings: how many receipts match the chain (byte for byte),
// each mismatch or missing transaction in a sentence, and a way to open that receipt.
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { ChainCheckState } from "../hooks/use-chain-check";
import { NOTICE_TONES } from "./notice-tones";

export function ChainCheckResult({
  state,
  onShowReceipt,
  onCancel,
}: {
  state: ChainCheckState;
  onShowReceipt(index: number): void;
  onCancel(): void;
}) {
  if (state.running)
    return (
      <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="chain-check">
        <Spinner
          label={
            state.progress
              ? `Checking ${state.progress.done} of ${state.progress.total} transactions against the chain`
              : "Checking against the chain"
          }
        />
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    );
  if (!state.report && !state.error) return null;
  const report = state.report;
  const tone = report?.ok ? "good" : "bad";
  return (
    <div
      role={report?.ok ? "status" : "alert"}
      data-testid="chain-check"
      className={`rounded-xl border p-3 text-sm ${NOTICE_TONES[tone]}`}
    >
      {state.error && (
        <p className="font-medium wrap-anywhere">The chain could not be checked: {state.error}</p>
      )}
      {report && (
        <>
          <p className="font-medium wrap-anywhere">{report.lines[0]}</p>
          <ul className="mt-1 grid gap-1">
            {report.lines.slice(1).map((line) => (
              <li key={line} className="wrap-anywhere">
                {line}
              </li>
            ))}
          </ul>
          <div className="mt-2 flex flex-wrap gap-2">
            {report.results
              .filter((c) => c.status !== "match")
              .slice(0, 5)
              .map((c) => (
                <Button key={c.id} size="sm" variant="secondary" onClick={() => onShowReceipt(c.index)}>
                  Show receipt #{c.index + 1}
                </Button>
              ))}
            <Button size="sm" variant="ghost" onClick={onCancel}>
              Dismiss
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
