// The one verdict on a set of receipts, for the panel (the browser's own chain and every import)
// and `npm run verify-receipts`: the hashes and links (verify.ts), the export header, and the
// anchoring by the wallets' own signatures (anchor.ts). Three outcomes:
// - "anchored": every receipt is covered by a signature of the wallet that made it;
// - "unanchored": the chain is intact, but some or all receipts carry no such signature, so
//   nothing rules out that someone wrote or rewrote them (refused unless the caller accepts it);
// - "broken": a hash, a link, the header or an attestation shows tampering.
import { anchorChain, describeAnchoring, type Anchoring } from "./anchor";
import { ExportFormatError, parseExport } from "./export-format";
import type { Receipt } from "./receipt";
import { describeVerdict, verifyChain, type ChainVerdict } from "./verify";

export type Verdict = "anchored" | "unanchored" | "broken";

export interface VerifyReport {
  verdict: Verdict;
  /** verdict === "anchored" */
  ok: boolean;
  chain: ChainVerdict | null;
  headerProblem: string | null;
  anchoring: Anchoring | null;
  receipts: unknown[];
  attestations: unknown[];
  /** one sentence per finding, the chain's first */
  lines: string[];
}

/** Whether a caller that may accept unanchored receipts (`--allow-unanchored`, "Import anyway") accepts. */
export function isAccepted(report: VerifyReport, opts: { allowUnanchored?: boolean } = {}): boolean {
  return report.verdict === "anchored" || (report.verdict === "unanchored" && !!opts.allowUnanchored);
}

function headerProblem(header: Record<string, unknown> | null, receipts: readonly unknown[]): string | null {
  if (!header) return null;
  if (header.count !== receipts.length)
    return `The header says ${String(header.count)} receipts but the file holds ${receipts.length}: receipts were added or removed after export.`;
  const last = receipts.at(-1) as { sha256?: unknown } | undefined;
  if ((last?.sha256 ?? null) !== header.head)
    return "The header's head is not the last receipt's sha256: the end of the file was changed after export.";
  return null;
}

function verdictOf(chain: ChainVerdict, header: string | null, anchoring: Anchoring | null): Verdict {
  if (!chain.ok || header || !anchoring || anchoring.invalid.length > 0) return "broken";
  return anchoring.anchored === anchoring.total ? "anchored" : "unanchored";
}

/** Verifies receipts (oldest first) with their attestations; `header` only for export files. */
export async function verifyReceipts(
  receipts: unknown[],
  attestations: unknown[],
  header: Record<string, unknown> | null = null,
): Promise<VerifyReport> {
  const chain = await verifyChain(receipts);
  const hp = chain.ok ? headerProblem(header, receipts) : null;
  const anchoring = chain.ok ? await anchorChain(receipts as Receipt[], attestations) : null;
  const lines = [describeVerdict(chain)];
  if (hp) lines.push(hp);
  if (anchoring) lines.push(...describeAnchoring(anchoring));
  const verdict = verdictOf(chain, hp, anchoring);
  return {
    verdict,
    ok: verdict === "anchored",
    chain,
    headerProblem: hp,
    anchoring,
    receipts,
    attestations,
    lines,
  };
}

export async function verifyExportText(text: string): Promise<VerifyReport> {
  let parsed;
  try {
    parsed = parseExport(text);
  } catch (err) {
    const message = err instanceof ExportFormatError ? err.message : String(err);
    return {
      verdict: "broken",
      ok: false,
      chain: null,
      headerProblem: null,
      anchoring: null,
      receipts: [],
      attestations: [],
      lines: [message],
    };
  }
  return verifyReceipts(parsed.receipts, parsed.attestations, parsed.header);
}
