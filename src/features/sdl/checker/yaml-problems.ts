// YAML syntax errors and warnings as diagnostics at the parser's position, in words for someone
// who writes an SDL rather than a YAML parser: the common mistakes (indentation, tabs, a second
// document, a key over two lines) get a sentence and what to do; the rest keep the parser's text.
import type { Document, LineCounter } from "yaml";
import type { Diagnostic } from "./types";

type YamlError = Document["errors"][number];

const PLAIN: Partial<Record<YamlError["code"], { message: string; hint: string }>> = {
  BAD_INDENT: {
    message: "This line is indented differently from the lines around it.",
    hint: "Indent with spaces, two per level, and line it up with the other keys of its section.",
  },
  TAB_AS_INDENT: {
    message: "A tab is used for indentation here.",
    hint: "YAML indents with spaces only: replace the tab with spaces.",
  },
  MULTILINE_IMPLICIT_KEY: {
    message: "A key and its colon are not on one line, or a value is missing its key.",
    hint: "Write key: value on one line, and check the indentation of the line above.",
  },
  BLOCK_AS_IMPLICIT_KEY: {
    message: "A key runs over more than one line.",
    hint: "Put the key and its colon on one line.",
  },
  MULTIPLE_DOCS: {
    message: "This file holds a second YAML document (a --- line in the middle).",
    hint: "An SDL is one document: remove the --- line and what follows, or split the file.",
  },
  KEY_OVER_1024_CHARS: {
    message: "A key is longer than 1,024 characters.",
    hint: "Use a short name as the key.",
  },
  BAD_ALIAS: {
    message: "This alias (*name) does not refer to an anchor (&name) defined above it.",
    hint: "Define the anchor first, or write the value out.",
  },
  TAG_RESOLVE_FAILED: {
    message: "A value has a type tag (such as !!int) that does not fit the value.",
    hint: "Remove the tag and write the value plainly.",
  },
  UNEXPECTED_TOKEN: {
    message: "This line does not fit under the lines above it.",
    hint: "Check its indentation against the other keys of its section, and that the key above ends with a colon.",
  },
  RESOURCE_EXHAUSTION: {
    message: "The YAML aliases (*name) expand to too much data: this looks like an alias bomb.",
    hint: "Write the values out instead of nesting aliases.",
  },
};

const UNCLOSED = {
  message: "A list or map in brackets ([ … ] or { … }) is not closed, or its lines are not indented enough.",
  hint: "Close it with ] or }, and indent its lines further than its key.",
};

const NO_VALUE = {
  message: "This key has no colon after it, so it has no value.",
  hint: "Write key: value, or key: followed by indented lines.",
};

const QUOTE = {
  message: "A quoted value is not closed.",
  hint: "Add the closing quote at the end of the value.",
};

/**
 * The parser reports an unclosed quote where the text ends, often a blank line far below: the
 * tenant needs the quote that opened the value, the last one before that point that starts a value.
 */
export function openingQuote(text: string, at: number, quote: string): number | null {
  for (let i = text.lastIndexOf(quote, at - 1); i >= 0; i = text.lastIndexOf(quote, i - 1)) {
    const before = text.slice(text.lastIndexOf("\n", i - 1) + 1, i);
    if (/(^|[:\-[{,?])\s*$/.test(before)) return i;
    if (i === 0) break;
  }
  return null;
}

/** An offset on a blank line moved to the first character of the next line with text (the
 * parser reports an indentation error at the line break before the item it is about). */
export function offBlankLine(text: string, at: number): number {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = text.indexOf("\n", lineStart);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  if (line.trim() !== "") return at;
  const next = lineEnd === -1 ? -1 : text.slice(lineEnd).search(/\S/);
  if (next !== -1) return lineEnd + next;
  // Blank to the end of the text: the last character that is not whitespace.
  const before = text.slice(0, lineStart).search(/\S\s*$/);
  return before === -1 ? at : before;
}

/** Line and column of an offset, counted in the text itself: yaml's LineCounter misses line
 * breaks inside some broken documents, which put a problem on the wrong (often blank) line. */
function textLinePos(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
  };
}

export function yamlProblems(doc: Document, lineCounter: LineCounter, text = ""): Diagnostic[] {
  const linePos = text ? textLinePos(text) : (offset: number) => lineCounter.linePos(offset);
  const toDiagnostic =
    (severity: "error" | "warning") =>
    (err: YamlError): Diagnostic => {
      const quoteChar =
        err.code === "MISSING_CHAR" ? /closing (["'])quote/.exec(err.message)?.[1] : undefined;
      const opened = quoteChar ? openingQuote(text, err.pos[0], quoteChar) : null;
      const [start, end] = opened === null ? err.pos : [opened, opened + 1];
      const moved = offBlankLine(text, start);
      const from = linePos(moved);
      const to = linePos(moved === start ? Math.max(end, start + 1) : moved + 1);
      const flow = err.code === "BAD_INDENT" && /^Flow /.test(err.message);
      const quote = err.code === "MISSING_CHAR" && /quote/.test(err.message);
      const noValue = err.code === "MISSING_CHAR" && /Implicit map keys/.test(err.message);
      const plain = flow ? UNCLOSED : quote ? QUOTE : noValue ? NO_VALUE : PLAIN[err.code];
      return {
        severity,
        source: "yaml",
        path: [],
        message: plain?.message ?? `YAML: ${err.message.split("\n")[0] ?? err.message}`,
        ...(plain ? { hint: plain.hint } : {}),
        range: { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col },
      };
    };
  // One error follows from another on the same line (a tab makes three): the first one the
  // parser met is the one to fix, and a tab is named first since it is the usual cause.
  const errors = [...doc.errors].sort(
    (a, b) => Number(b.code === "TAB_AS_INDENT") - Number(a.code === "TAB_AS_INDENT"),
  );
  const seenLines = new Set<number>();
  const firstPerLine = errors.map(toDiagnostic("error")).filter((d) => {
    if (seenLines.has(d.range.startLine)) return false;
    seenLines.add(d.range.startLine);
    return true;
  });
  return [...firstPerLine, ...doc.warnings.map(toDiagnostic("warning"))];
}
