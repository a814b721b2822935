// Parses SDL text with the `yaml` package, keeping node positions, behind guards that refuse
// input which would freeze or crash the checker: oversized text, binary data and runaway nesting
// (the parser recurses and overflows the stack). Repeated keys are found here in one pass (the
// package's own `uniqueKeys` check compares every key with every earlier one: 20 s for 32,000
// keys). Merge keys (`<<: *base`) are read as the provider's Go parser (yaml.v3) reads them.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { FIRST_LINE, type Diagnostic, type PathSegment, type TextRange } from "./types";
import { yamlProblems } from "./yaml-problems";

/** Real SDLs are a few KiB; anything past this is not an SDL a provider would accept either. */
export const MAX_SDL_BYTES = 512 * 1024;
/** SDLs nest about 10 levels; the parser overflows the stack long before 1,000. */
export const MAX_NESTING = 64;

export interface ParsedSdl {
  doc: Document;
  lineCounter: LineCounter;
  /** YAML warnings (an unknown tag, …): the document is still read */
  warnings: Diagnostic[];
}

export type ParseOutcome = { ok: true; parsed: ParsedSdl } | { ok: false; diagnostics: Diagnostic[] };

const inputError = (message: string, hint?: string, range: TextRange = FIRST_LINE): ParseOutcome => ({
  ok: false,
  diagnostics: [{ severity: "error", source: "input", path: [], message, ...(hint ? { hint } : {}), range }],
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
    return inputError("The SDL is empty.", "Pick a template, import a file, or paste an SDL here.");
  const bytes = byteLength(text);
  if (bytes > MAX_SDL_BYTES)
    return inputError(
      `This text is ${(bytes / 1024 / 1024).toFixed(1)} MB; an SDL can be at most ${MAX_SDL_BYTES / 1024} KiB.`,
      "Check that you opened the right file.",
    );
  if (looksBinary(text))
    return inputError("This looks like binary data, not YAML text.", "Open the .yaml SDL file instead.");
  const nesting = measureNesting(text);
  if (nesting.depth > MAX_NESTING)
    return inputError(
      `The document nests ${nesting.depth} levels deep (at most ${MAX_NESTING} are read).`,
      "An SDL needs about 10: check the indentation and the brackets on this line.",
      lineRange(nesting.line),
    );
  return null;
}

/** The text a key is compared by, as Go's yaml.v3 compares node values; null for a non-scalar key. */
export function keyText(key: unknown): string | null {
  if (!isScalar(key)) return null;
  return typeof key.source === "string" ? key.source : String(key.value);
}

function rangeOf(node: Node, lineCounter: LineCounter): TextRange {
  const [start, end] = node.range ?? [0, 0];
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(end, start + 1));
  return { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col };
}

/** Repeated keys and keys that are not plain names, in one pass over every map of the document. */
export function keyProblems(doc: Document, lineCounter: LineCounter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: Array<{ node: unknown; path: PathSegment[] }> = [{ node: doc.contents, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop() as { node: unknown; path: PathSegment[] };
    if (isSeq(node)) node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    if (!isMap(node)) continue;
    const seen = new Map<string, Node>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const name = keyText(key);
      if (name === null) {
        if (key && !isAlias(key))
          out.push({
            severity: "error",
            source: "yaml",
            path,
            message: "This key is a list or a map; SDL keys are plain names.",
            hint: "Write the key as a word followed by a colon, e.g. web:",
            range: rangeOf(key, lineCounter),
          });
        continue;
      }
      const first = seen.get(name);
      if (first && key) {
        out.push({
          severity: "error",
          source: "yaml",
          path: [...path, name],
          message: `"${name}" is written twice here (first on line ${rangeOf(first, lineCounter).startLine}).`,
          hint: "Keep one of them: the provider's parser refuses a repeated key.",
          range: rangeOf(key, lineCounter),
        });
      } else if (key) seen.set(name, key);
      stack.push({ node: pair.value, path: [...path, name] });
    }
  }
  return out;
}

export function parseSdlText(text: string): ParseOutcome {
  const refused = guard(text);
  if (refused) return refused;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, merge: true });
  const syntax = yamlProblems(doc, lineCounter, text);
  // A key the parser could not read on a line with a syntax error is that error, said again.
  const syntaxLines = new Set(syntax.filter((d) => d.severity === "error").map((d) => d.range.startLine));
  const keys = keyProblems(doc, lineCounter).filter((d) => !syntaxLines.has(d.range.startLine));
  const problems = [...syntax, ...keys];
  if (problems.some((d) => d.severity === "error")) return { ok: false, diagnostics: problems };
  return { ok: true, parsed: { doc, lineCounter, warnings: problems } };
}
