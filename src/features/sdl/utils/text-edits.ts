// Applies text edits (1-based line/column ranges) to a string: one-click fixes outside Monaco
// and in tests. Inside the editor, fixes go through Monaco's executeEdits so undo works.
import type { TextEdit } from "../checker/types";

function offsetOf(lineStarts: number[], text: string, line: number, column: number): number {
  const start = lineStarts[line - 1] ?? text.length;
  return Math.min(start + column - 1, text.length);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const spans = edits
    .map((e) => ({
      from: offsetOf(lineStarts, text, e.range.startLine, e.range.startColumn),
      to: offsetOf(lineStarts, text, e.range.endLine, e.range.endColumn),
      text: e.text,
    }))
    .sort((a, b) => b.from - a.from);
  let out = text;
  for (const span of spans) out = out.slice(0, span.from) + span.text + out.slice(span.to);
  return out;
}
