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
  RESOURCE_EXHAUSTION: {
    message: "The YAML aliases (*name) expand to too much data: this looks like an alias bomb.",
    hint: "Write the values out instead of nesting aliases.",
  },
};

const UNCLOSED = {
  message: "A list or map in brackets ([ … ] or { … }) is not closed, or its lines are not indented enough.",
  hint: "Close it with ] or }, and indent its lines further than its key.",
};

const QUOTE = {
  message: "A quoted value is not closed.",
  hint: "Add the closing quote at the end of the value.",
};

export function yamlProblems(doc: Document, lineCounter: LineCounter): Diagnostic[] {
  const toDiagnostic =
    (severity: "error" | "warning") =>
    (err: YamlError): Diagnostic => {
      const [start, end] = err.pos;
      const from = lineCounter.linePos(start);
      const to = lineCounter.linePos(Math.max(end, start + 1));
      const flow = err.code === "BAD_INDENT" && /^Flow /.test(err.message);
      const quote = err.code === "MISSING_CHAR" && /quote/.test(err.message);
      const plain = flow ? UNCLOSED : quote ? QUOTE : PLAIN[err.code];
      return {
        severity,
        source: "yaml",
        path: [],
        message: plain?.message ?? `YAML: ${err.message.split("\n")[0] ?? err.message}`,
        ...(plain ? { hint: plain.hint } : {}),
        range: { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col },
      };
    };
  return [...doc.errors.map(toDiagnostic("error")), ...doc.warnings.map(toDiagnostic("warning"))];
}
