// The export file: JSON (one object) or JSONL (a header line, then one receipt per line). Both
// carry the head, the count and the wallets' attestations, so a truncated file is caught even
// when every remaining receipt still links. Version 2 holds a list of attestations (one per
// wallet that signed a head); version 1 held at most one, and is still read.
import type { HeadAttestation } from "./attestation";
import type { Receipt } from "./receipt";

export const EXPORT_FORMAT = "akash-console-receipts";
export const EXPORT_VERSION = 2;

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  count: number;
  head: string | null;
  attestations: HeadAttestation[];
}

export interface ParsedExport {
  /** the header as found (untrusted: any fields), or null when the file has none */
  header: Record<string, unknown> | null;
  receipts: unknown[];
  /** the header's attestations, unchecked (`attestation` of a version 1 header included) */
  attestations: unknown[];
}

export function makeHeader(
  receipts: readonly Receipt[],
  attestations: readonly HeadAttestation[],
  exportedAt: string,
): ExportHeader {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    count: receipts.length,
    head: receipts.at(-1)?.sha256 ?? null,
    attestations: [...attestations],
  };
}

export function toJsonExport(header: ExportHeader, receipts: readonly Receipt[]): string {
  return `${JSON.stringify({ ...header, receipts }, null, 2)}\n`;
}

export function toJsonlExport(header: ExportHeader, receipts: readonly Receipt[]): string {
  return [header, ...receipts].map((line) => JSON.stringify(line)).join("\n") + "\n";
}

export class ExportFormatError extends Error {
  override name = "ExportFormatError";
}

function isHeader(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && "format" in value && value.format === EXPORT_FORMAT;
}

function attestationsOf(header: Record<string, unknown> | null): unknown[] {
  if (!header) return [];
  if ("attestations" in header)
    return Array.isArray(header.attestations) ? header.attestations : [header.attestations];
  return header.attestation === null || header.attestation === undefined ? [] : [header.attestation];
}

function parsed(header: Record<string, unknown> | null, receipts: unknown[]): ParsedExport {
  return { header, receipts, attestations: attestationsOf(header) };
}

function parseJsonl(text: string): ParsedExport {
  const values = text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new ExportFormatError(`Line ${n} is not JSON: this is not a receipts export.`);
      }
    });
  const [first, ...rest] = values;
  return isHeader(first) ? parsed(first, rest) : parsed(null, values);
}

/** Reads either format (or a bare JSON array of receipts). Throws ExportFormatError with a sentence. */
export function parseExport(text: string): ParsedExport {
  if (!text.trim()) throw new ExportFormatError("The file is empty.");
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    return parseJsonl(text);
  }
  if (Array.isArray(whole)) return parsed(null, whole);
  if (isHeader(whole)) {
    const { receipts, ...header } = whole;
    if (!Array.isArray(receipts)) throw new ExportFormatError("The export has no list of receipts.");
    return parsed(header, receipts);
  }
  // A one-line JSONL file parses as a single object: either a lone receipt or a lone header.
  return parseJsonl(text);
}
