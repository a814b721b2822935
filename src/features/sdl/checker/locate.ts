// Maps a path in the SDL (segments from the checker, or a JSON pointer from chain-sdk) to the
// text range of the YAML node it names. When the path does not exist (a missing property, a typo
// further down), it falls back to the nearest ancestor that does, so every diagnostic gets a line.
// Each map is indexed once (keys, merged keys included), so locating stays linear in the number of
// diagnostics however large a map is.
import {
  isAlias,
  isCollection,
  isMap,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
  visit,
} from "yaml";
import { keyText } from "./parse";
import { FIRST_LINE, type PathSegment, type TextRange } from "./types";

/** "/profiles/compute/a~1b/0" → ["profiles", "compute", "a/b", "0"] (RFC 6901 unescaping). */
export function pointerToPath(pointer: string): string[] {
  if (pointer === "" || pointer === "/") return [];
  return pointer
    .replace(/^\//, "")
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export const MERGE_KEY = "<<";

export type Resolve = (node: unknown) => Node | null;

/**
 * Resolves aliases through an index of the document's anchors, built in one pass: the `yaml`
 * package's own Alias.resolve searches the whole document on every call, which an SDL with many
 * aliases turns into quadratic time. An alias names the last anchor of that name before it.
 */
export function anchorResolver(doc: Document): Resolve {
  const anchors = new Map<string, Array<{ at: number; node: Node }>>();
  visit(doc, {
    Node(_key, node) {
      if (node.anchor && !isAlias(node)) {
        const list = anchors.get(node.anchor) ?? [];
        list.push({ at: node.range?.[0] ?? 0, node });
        anchors.set(node.anchor, list);
      }
    },
  });
  return (node) => {
    if (!isAlias(node)) return (node as Node | null) ?? null;
    const at = node.range?.[0] ?? Infinity;
    let found: Node | null = null;
    for (const a of anchors.get(node.source) ?? []) if (a.at < at) found = a.node;
    return found;
  };
}

/** The maps a merge key (`<<: *a` or `<<: [*a, *b]`) pulls keys from, in priority order. */
export function mergeSources(resolve: Resolve, value: unknown): YAMLMap[] {
  const sources = isSeq(value) ? value.items : [value];
  return sources.map((s) => resolve(s)).filter((n): n is YAMLMap => isMap(n));
}

/**
 * A map's entries by key, as Go's yaml.v3 sees them: its own keys first (the first of a repeated
 * key, which is reported separately), then keys merged in with `<<` that it does not set itself.
 */
export function mapEntries(resolve: Resolve, map: YAMLMap, seen = new Set<YAMLMap>()): Map<string, Pair> {
  const entries = new Map<string, Pair>();
  const merged: YAMLMap[] = [];
  seen.add(map);
  for (const pair of map.items) {
    const name = keyText(pair.key);
    if (name === null) continue;
    if (name === MERGE_KEY) merged.push(...mergeSources(resolve, pair.value));
    else if (!entries.has(name)) entries.set(name, pair);
  }
  for (const source of merged) {
    if (seen.has(source)) continue;
    for (const [name, pair] of mapEntries(resolve, source, seen))
      if (!entries.has(name)) entries.set(name, pair);
  }
  return entries;
}

interface Step {
  key: Node | null;
  value: Node | null;
}

export interface Locator {
  /** The range for a diagnostic at `path`; see `locate`. */
  (path: readonly PathSegment[], target?: LocateTarget): TextRange;
  /** The deepest existing node along the path, and whether the whole path exists. */
  walk(path: readonly PathSegment[]): { step: Step; complete: boolean };
  /** The range of one node. */
  rangeOf(node: Node): TextRange | null;
  /** A map's entries as Go reads them (merge keys applied), computed once per map. */
  entries(map: YAMLMap): Map<string, Pair>;
  /** The node an alias names; any other node as it is. */
  resolve: Resolve;
}

export type LocateTarget = "key" | "value";

export function nodeRange(node: Node, lineCounter: LineCounter): TextRange | null {
  if (!node.range) return null;
  const [start, valueEnd] = node.range;
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(valueEnd, start + 1));
  return { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col };
}

/**
 * A locator bound to one parsed document. "value" marks the value (a scalar) when the path exists;
 * collections and fallbacks mark the key, so a marker covers one line, not a whole block.
 */
export function bindLocate(doc: Document, lineCounter: LineCounter): Locator {
  const index = new WeakMap<YAMLMap, Map<string, Pair>>();
  const resolve = anchorResolver(doc);
  const entriesOf = (map: YAMLMap) => {
    let entries = index.get(map);
    if (!entries) index.set(map, (entries = mapEntries(resolve, map)));
    return entries;
  };
  const childOf = (node: Node | null, segment: PathSegment): Step | null => {
    const target = resolve(node);
    if (isMap(target)) {
      const pair = entriesOf(target).get(String(segment));
      return pair ? { key: pair.key as Node | null, value: (pair.value as Node | null) ?? null } : null;
    }
    if (isSeq(target)) {
      const i = typeof segment === "number" ? segment : Number(segment);
      const item = Number.isInteger(i) ? (target.items[i] as Node | undefined) : undefined;
      return item ? { key: null, value: item } : null;
    }
    return null;
  };
  const walk = (path: readonly PathSegment[]) => {
    let step: Step = { key: null, value: (doc.contents as Node | null) ?? null };
    for (const segment of path) {
      const next = childOf(step.value, segment);
      if (!next) return { step, complete: false };
      step = next;
    }
    return { step, complete: true };
  };
  const rangeOf = (node: Node) => nodeRange(node, lineCounter);
  const locate = (path: readonly PathSegment[], target: LocateTarget = "value"): TextRange => {
    const { step, complete } = walk(path);
    const preferValue = complete && target === "value" && step.value && !isCollection(step.value);
    const candidates = preferValue ? [step.value, step.key] : [step.key, step.value];
    for (const node of candidates) {
      if (!node) continue;
      const range = rangeOf(node);
      if (range && isCollection(node))
        return { ...range, endLine: range.startLine, endColumn: range.startColumn + 1 };
      if (range) return range;
    }
    return FIRST_LINE;
  };
  return Object.assign(locate, { walk, rangeOf, entries: entriesOf, resolve });
}
