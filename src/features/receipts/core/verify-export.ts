// Verifies an export file end to end: the chain, the header's count and head, and the owner's
// attestation when there is one. The import dialog and `npm run verify-receipts` both use this.
import { attestationProblem, parseStatement, type HeadAttestation } from "./attestation";
import { ExportFormatError, parseExport, type ExportHeader } from "./export-format";
import { describeVerdict, verifyChain, type ChainVerdict } from "./verify";

export type AttestationVerdict =
  | { ok: true; signer: string; count: number; head: string; signedAt: string }
  | { ok: false; problem: string };

export interface ExportReport {
  ok: boolean;
  verdict: ChainVerdict | null;
  headerProblem: string | null;
  attestation: AttestationVerdict | null;
  receipts: unknown[];
  /** one sentence per finding, the failures first */
  lines: string[];
}

function headerProblem(header: ExportHeader | null, receipts: readonly unknown[]): string | null {
  if (!header) return null;
  if (header.count !== receipts.length)
    return `The header says ${header.count} receipts but the file holds ${receipts.length}: receipts were added or removed after export.`;
  const last = receipts.at(-1) as { sha256?: unknown } | undefined;
  if ((last?.sha256 ?? null) !== header.head)
    return "The header's head is not the last receipt's sha256: the end of the file was changed after export.";
  return null;
}

async function checkAttestation(
  a: HeadAttestation,
  receipts: readonly unknown[],
): Promise<AttestationVerdict> {
  const problem = await attestationProblem(a);
  if (problem) return { ok: false, problem: `The owner's attestation is invalid: ${problem}.` };
  const statement = parseStatement(a.data);
  if (!statement) return { ok: false, problem: "The owner's attestation does not sign a chain head." };
  const at = receipts[statement.count - 1] as { sha256?: unknown } | undefined;
  if (statement.count < 1 || at?.sha256 !== statement.head)
    return {
      ok: false,
      problem: `The owner signed a head of ${statement.count} receipts that is not in this chain.`,
    };
  return { ok: true, signer: a.signer, ...statement };
}

export async function verifyExportText(text: string): Promise<ExportReport> {
  let parsed;
  try {
    parsed = parseExport(text);
  } catch (err) {
    const message = err instanceof ExportFormatError ? err.message : String(err);
    return {
      ok: false,
      verdict: null,
      headerProblem: null,
      attestation: null,
      receipts: [],
      lines: [message],
    };
  }
  const { header, receipts } = parsed;
  const verdict = await verifyChain(receipts);
  const hp = verdict.ok ? headerProblem(header, receipts) : null;
  const attestation = header?.attestation ? await checkAttestation(header.attestation, receipts) : null;
  const lines = [describeVerdict(verdict)];
  if (hp) lines.push(hp);
  if (attestation?.ok)
    lines.push(`Signed by ${attestation.signer}: the first ${attestation.count} receipts are attested.`);
  else if (attestation) lines.push(attestation.problem);
  else lines.push("No owner attestation: the export is not signed.");
  const ok = verdict.ok && !hp && (attestation === null || attestation.ok);
  return { ok, verdict, headerProblem: hp, attestation, receipts, lines };
}
