// Maps a path in the SDL (a JSON pointer from AJV, or segments from our rules) to the text range
// of the YAML node it names. When the path does not exist (a missing property, a typo further
// down), it falls back to the nearest ancestor that does, so every diagnostic gets a line.
import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
} from "yaml";
import { FIRST_LINE, type PathSegment, type TextRange } from "./types";

/** "/profiles/compute/a~1b/0" → ["profiles", "compute", "a/b", "0"] (RFC 6901 unescaping). */
export function pointerToPath(pointer: string): string[] {
  if (pointer === "" || pointer === "/") return [];
  return pointer
    .replace(/^\//, "")
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

interface Step {
  key: Node | null;
  value: Node | null;
}

function childOf(doc: Document, node: Node | null, segment: PathSegment): Step | null {
  const target = node && isAlias(node) ? (node.resolve(doc) ?? null) : node;
  if (isMap(target)) {
    for (const pair of target.items) {
      const key = pair.key as Node | null;
      const name = isScalar(key) ? String(key.value) : null;
      if (name === String(segment)) return { key, value: (pair.value as Node | null) ?? null };
    }
    return null;
  }
  if (isSeq(target)) {
    const index = typeof segment === "number" ? segment : Number(segment);
    if (!Number.isInteger(index)) return null;
    const item = target.items[index] as Node | undefined;
    return item ? { key: null, value: item } : null;
  }
  return null;
}

/** The deepest existing step along the path, and whether the whole path was found. */
export function walk(doc: Document, path: readonly PathSegment[]): { step: Step; complete: boolean } {
  let step: Step = { key: null, value: (doc.contents as Node | null) ?? null };
  for (const segment of path) {
    const next = childOf(doc, step.value, segment);
    if (!next) return { step, complete: false };
    step = next;
  }
  return { step, complete: true };
}

export function nodeRange(node: Node, lineCounter: LineCounter): TextRange | null {
  if (!node.range) return null;
  const [start, valueEnd] = node.range;
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(valueEnd, start + 1));
  return { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col };
}

export type LocateTarget = "key" | "value";

/**
 * The range for a diagnostic at `path`. "value" marks the value (a scalar) when the path exists;
 * collections and fallbacks mark the key, so a marker covers one line, not a whole block.
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PathSegment[],
  target: LocateTarget = "value",
): TextRange {
  const { step, complete } = walk(doc, path);
  const preferValue = complete && target === "value" && step.value && !isCollection(step.value);
  const candidates = preferValue ? [step.value, step.key] : [step.key, step.value];
  for (const node of candidates) {
    if (!node) continue;
    const range = nodeRange(node, lineCounter);
    if (range && isCollection(node))
      return { ...range, endLine: range.startLine, endColumn: range.startColumn + 1 };
    if (range) return range;
  }
  return FIRST_LINE;
}

/** A locator bound to one parsed document, as the lint rules receive it. */
export type Locate = (path: readonly PathSegment[], target?: LocateTarget) => TextRange;

export function bindLocate(doc: Document, lineCounter: LineCounter): Locate {
  return (path, target) => locate(doc, lineCounter, path, target);
}
