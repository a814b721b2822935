// What Verify found about this browser's chain: anchored (green), intact but not anchored (amber),
// or broken (red), each finding in a sentence, and a way to open the receipt it points at.
import { Button } from "@/components/ui/button";
import type { VerifyReport } from "../core/verify-export";
import { NOTICE_TONES } from "./notice-tones";

const TITLES: Record<VerifyReport["verdict"], string> = {
  anchored: "Verified: intact, and anchored by the wallets' signatures.",
  unanchored: "Intact, but not anchored: nothing proves who wrote the receipts that are not covered.",
  broken: "Not verified: these receipts were changed after they were written.",
};

/** The receipt to open: where the chain breaks, else the first one no signature covers. */
function pointedAt(report: VerifyReport): number | null {
  if (report.chain && !report.chain.ok) return report.chain.index;
  return report.anchoring?.firstUnanchored ?? null;
}

export function VerifyResult({
  report,
  onShowReceipt,
  onDismiss,
}: {
  report: VerifyReport;
  onShowReceipt(index: number): void;
  onDismiss(): void;
}) {
  const tone = report.verdict === "anchored" ? "good" : report.verdict === "unanchored" ? "warn" : "bad";
  const at = pointedAt(report);
  return (
    <div
      role={report.verdict === "anchored" ? "status" : "alert"}
      data-testid="verify-result"
      data-verdict={report.verdict}
      className={`rounded-xl border p-3 text-sm ${NOTICE_TONES[tone]}`}
    >
      <p className="font-medium">{TITLES[report.verdict]}</p>
      <ul className="mt-1 grid gap-1">
        {report.lines.map((line) => (
          <li key={line} className="wrap-anywhere">
            {line}
          </li>
        ))}
      </ul>
      {report.verdict === "broken" && (
        <p className="mt-1">Compare with an earlier export to see what changed.</p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {at !== null && report.verdict !== "anchored" && (
          <Button size="sm" variant="secondary" onClick={() => onShowReceipt(at)}>
            Show receipt #{at + 1}
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
