// The problems beside the editor: every diagnostic with its line, a click jumps the editor to it,
// and fixable ones carry their one-click fix.
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { diagnosticText, type Diagnostic, type Fix, type TextRange } from "../checker/types";

const TONE = { error: "bad", warning: "warn", info: "info" } as const;
const LABEL = { error: "Error", warning: "Warning", info: "Note" } as const;

export function ProblemsList({
  diagnostics,
  pending,
  onJump,
  onFix,
  readyText = "No problems: this SDL is ready to deploy.",
}: {
  diagnostics: readonly Diagnostic[];
  pending: boolean;
  /** what "no problems" means where the list is shown */
  readyText?: string;
  onJump(range: TextRange): void;
  onFix(fix: Fix): void;
}) {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  return (
    <section aria-labelledby="problems-title" data-testid="problems">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id="problems-title" className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">
          Problems{" "}
          <span className="font-normal text-zinc-500" data-testid="problem-counts">
            {errors} {errors === 1 ? "error" : "errors"}, {warnings} {warnings === 1 ? "warning" : "warnings"}
          </span>
        </h2>
        {pending && <Spinner label="Checking" />}
      </div>
      {diagnostics.length === 0 ? (
        <p className="text-sm text-emerald-700 dark:text-emerald-400">
          {pending ? "Checking the SDL…" : readyText}
        </p>
      ) : (
        <ul className="flex max-h-72 flex-col gap-1 overflow-y-auto">
          {diagnostics.map((d, i) => (
            <li
              key={`${d.range.startLine}:${d.range.startColumn}:${d.source}:${i}`}
              data-testid="problem"
              data-line={d.range.startLine}
              data-severity={d.severity}
              className="rounded-lg border border-zinc-200 p-2 text-sm dark:border-zinc-800"
            >
              <button
                type="button"
                onClick={() => onJump(d.range)}
                className="flex w-full min-w-0 items-start gap-2 text-left"
                aria-label={`${LABEL[d.severity]} on line ${d.range.startLine}: ${diagnosticText(d)}`}
              >
                <Badge tone={TONE[d.severity]} className="shrink-0">
                  {LABEL[d.severity]}
                </Badge>
                <span className="shrink-0 font-mono text-xs text-zinc-500">L{d.range.startLine}</span>
                <span className="min-w-0 break-words">
                  {d.message}
                  {d.hint && <span className="block text-zinc-600 dark:text-zinc-400">{d.hint}</span>}
                </span>
              </button>
              {d.fix && (
                <div className="mt-2 flex justify-end">
                  <Button size="sm" variant="secondary" onClick={() => d.fix && onFix(d.fix)}>
                    {d.fix.title}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
