// Parses SDL text with the `yaml` package, keeping node positions, behind guards that refuse
// input which would freeze the tab: oversized text, binary data, runaway nesting (the parser
// recurses and overflows the stack) and alias bombs ("billion laughs").
import { isDocument, LineCounter, parseDocument, type Document } from "yaml";
import { FIRST_LINE, type Diagnostic, type TextRange } from "./types";

/** Real SDLs are a few KiB; anything past this is not an SDL a provider would accept either. */
export const MAX_SDL_BYTES = 512 * 1024;
/** SDLs nest about 10 levels; the parser overflows the stack long before 1,000. */
export const MAX_NESTING = 64;
/** Aliases are legal YAML, but expansion past this is an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedSdl {
  doc: Document;
  lineCounter: LineCounter;
  /** the document as plain JavaScript (aliases expanded), what chain-sdk validates */
  value: unknown;
}

export type ParseOutcome = { ok: true; parsed: ParsedSdl } | { ok: false; diagnostics: Diagnostic[] };

const inputError = (message: string, range: TextRange = FIRST_LINE): ParseOutcome => ({
  ok: false,
  diagnostics: [{ severity: "error", source: "input", message, range }],
});

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Control characters other than tab/newline/CR mean this is not a text file. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0 || code === 0xfffd) return true;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) control++;
  }
  return control > 8;
}

/** The deepest nesting, counting flow brackets and block indentation levels, in one pass. */
export function measureNesting(text: string): { depth: number; line: number } {
  let max = { depth: 0, line: 1 };
  const indents: number[] = [];
  let flow = 0;
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    const indent = line.length - line.trimStart().length;
    const body = line.slice(indent);
    if (body === "" || body.startsWith("#")) continue;
    if (flow === 0) {
      while (indents.length && (indents[indents.length - 1] as number) >= indent) indents.pop();
      indents.push(indent);
    }
    let quote: string | null = null;
    for (const ch of body) {
      if (quote) {
        if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === "#") break;
      else if (ch === "[" || ch === "{") flow++;
      else if ((ch === "]" || ch === "}") && flow > 0) flow--;
      const depth = indents.length + flow;
      if (depth > max.depth) max = { depth, line: n + 1 };
    }
  }
  return max;
}

function lineRange(line: number): TextRange {
  return { startLine: line, startColumn: 1, endLine: line, endColumn: 1000 };
}

/** Why this text is refused before parsing (empty, too large, binary, too deep), or null. */
export function guard(text: string): ParseOutcome | null {
  if (text.trim() === "")
    return inputError("The SDL is empty. Pick a template, import a file, or paste an SDL here.");
  const bytes = byteLength(text);
  if (bytes > MAX_SDL_BYTES)
    return inputError(
      `This text is ${(bytes / 1024 / 1024).toFixed(1)} MB; an SDL can be at most ${MAX_SDL_BYTES / 1024} KiB. ` +
        "Check that you opened the right file.",
    );
  if (looksBinary(text))
    return inputError("This looks like binary data, not YAML text. Open the .yaml SDL file instead.");
  const nesting = measureNesting(text);
  if (nesting.depth > MAX_NESTING)
    return inputError(
      `The document nests ${nesting.depth} levels deep (at most ${MAX_NESTING} are read). An SDL needs about 10.`,
      lineRange(nesting.line),
    );
  return null;
}

function yamlProblems(doc: Document, lineCounter: LineCounter): Diagnostic[] {
  const toDiagnostic = (severity: "error" | "warning") => (err: Document["errors"][number]) => {
    const [start, end] = err.pos;
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(end, start + 1));
    return {
      severity,
      source: "yaml" as const,
      message: err.message.split("\n")[0] ?? err.message,
      range: { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col },
    };
  };
  return [...doc.errors.map(toDiagnostic("error")), ...doc.warnings.map(toDiagnostic("warning"))];
}

export function parseSdlText(text: string): ParseOutcome {
  const refused = guard(text);
  if (refused) return refused;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (!isDocument(doc)) return inputError("Only one YAML document is allowed in an SDL.");
  const problems = yamlProblems(doc, lineCounter);
  if (problems.some((d) => d.severity === "error")) return { ok: false, diagnostics: problems };
  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, parsed: { doc, lineCounter, value } };
  } catch (err) {
    const bomb = err instanceof ReferenceError && /alias/i.test(err.message);
    return inputError(
      bomb
        ? "The YAML aliases (*name) expand to too much data: this looks like an alias bomb, so it is not read."
        : `The YAML could not be read: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
