import type { ReceiptAction, ReceiptState } from "../core/receipt";
import type { AttemptRow } from "./attempts";

export interface ReceiptFilter {
  action: ReceiptAction | "";
  state: ReceiptState | "";
  network: string;
  dseq: string;
  /** yyyy-mm-dd, inclusive, in the user's time zone */
  from: string;
  to: string;
}

export const NO_FILTER: ReceiptFilter = { action: "", state: "", network: "", dseq: "", from: "", to: "" };

function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function matchesFilter(row: AttemptRow, f: ReceiptFilter): boolean {
  const r = row.latest;
  if (f.action && r.action !== f.action) return false;
  if (f.state && r.state !== f.state) return false;
  if (f.network && r.network.id !== f.network) return false;
  if (f.dseq.trim() && !(r.target.dseq ?? "").includes(f.dseq.trim())) return false;
  if (f.from || f.to) {
    const day = localDay(row.first.timestamp);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
  }
  return true;
}

export function isFiltered(f: ReceiptFilter): boolean {
  return Object.values(f).some((v) => v !== "");
}
