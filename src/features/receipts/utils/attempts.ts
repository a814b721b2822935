// The panel shows one row per signing attempt (its entries folded together, the latest state on
// top), newest first; the drawer shows every entry of the attempt.
import type { Receipt } from "../core/receipt";

export interface AttemptRow {
  attempt: string;
  first: Receipt;
  latest: Receipt;
  entries: Receipt[];
  /** 1-based chain position of the latest entry */
  position: number;
}

export function toAttemptRows(receipts: readonly Receipt[]): AttemptRow[] {
  const byAttempt = new Map<string, AttemptRow>();
  receipts.forEach((r, i) => {
    const row = byAttempt.get(r.attempt);
    if (row) {
      row.entries.push(r);
      row.latest = r;
      row.position = i + 1;
    } else
      byAttempt.set(r.attempt, { attempt: r.attempt, first: r, latest: r, entries: [r], position: i + 1 });
  });
  return [...byAttempt.values()].sort((a, b) => b.position - a.position);
}
