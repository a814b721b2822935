// The export file: JSON (one object) or JSONL (a header line, then one receipt per line). Both
// carry the head, the count and the optional attestation, so a truncated file is caught even
// when every remaining receipt still links.
import type { HeadAttestation } from "./attestation";
import type { Receipt } from "./receipt";

export const EXPORT_FORMAT = "akash-console-receipts";
export const EXPORT_VERSION = 1;

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  count: number;
  head: string | null;
  attestation: HeadAttestation | null;
}

export interface ParsedExport {
  header: ExportHeader | null;
  receipts: unknown[];
}

export function makeHeader(
  receipts: readonly Receipt[],
  attestation: HeadAttestation | null,
  exportedAt: string,
): ExportHeader {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    count: receipts.length,
    head: receipts.at(-1)?.sha256 ?? null,
    attestation,
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

function isHeader(value: unknown): value is ExportHeader {
  return !!value && typeof value === "object" && "format" in value && value.format === EXPORT_FORMAT;
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
  return isHeader(first) ? { header: first, receipts: rest } : { header: null, receipts: values };
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
  if (Array.isArray(whole)) return { header: null, receipts: whole };
  if (isHeader(whole)) {
    const { receipts, ...header } = whole as ExportHeader & { receipts?: unknown };
    if (!Array.isArray(receipts)) throw new ExportFormatError("The export has no list of receipts.");
    return { header, receipts };
  }
  // A one-line JSONL file parses as a single object: either a lone receipt or a lone header.
  return parseJsonl(text);
}
