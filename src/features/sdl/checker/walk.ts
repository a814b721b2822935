// Reads the parsed YAML against the SDL spec in one pass: every unknown key, missing field,
// wrong shape and bad value becomes a diagnostic at its own node, in words that name the field;
// what is valid becomes the plain value chain-sdk is given, read the way the Go parser reads it
// (merge keys applied, numbers as written, null lists as absent, newer fields handled).
import { isCollection, isMap, isNode, isScalar, isSeq, Scalar, type Document, type Node } from "yaml";
import type { Locator } from "./locate";
import { newerFieldWarning } from "./newer-fields";
import { capitalize, fieldName, type NewerField, type ObjectSpec, type Path, type Spec } from "./spec";
import { didYouMean } from "./suggest";
import type { Diagnostic, DiagnosticSource, Fix, Severity, TextRange } from "./types";

/**
 * Node visits allowed: aliases can repeat a subtree many times over (an alias bomb). Every node
 * takes at least two characters of text, so a document read without aliases visits fewer than
 * half its length; the budget allows that plus room for honest reuse, and an alias bomb is
 * refused in milliseconds instead of seconds.
 */
export const MAX_VISITS = 400_000;
export const visitBudget = (textLength: number) => Math.min(MAX_VISITS, 20_000 + textLength);

export class AliasBombError extends Error {
  constructor(readonly range: TextRange | null) {
    super("alias expansion over budget");
  }
}

export interface WalkContext {
  doc: Document;
  locate: Locator;
  /** whether this console's chain-sdk knows a 2026 field */
  knows(field: NewerField): boolean;
  chainSdkVersion: string;
  /** node visits allowed (visitBudget of the text's length) */
  maxVisits?: number;
}

interface State extends WalkContext {
  out: Diagnostic[];
  visits: number;
}

type Report = {
  severity?: Severity;
  source?: DiagnosticSource;
  path: Path;
  range: TextRange;
  message: string;
  hint?: string;
  fix?: Fix;
};

function report(s: State, r: Report): void {
  s.out.push({
    severity: r.severity ?? "error",
    source: r.source ?? "schema",
    path: [...r.path],
    message: r.message,
    ...(r.hint ? { hint: r.hint } : {}),
    range: r.range,
    ...(r.fix ? { fix: r.fix } : {}),
  });
}

/** One line of a node: a collection is marked at its first character, not as a whole block. */
function mark(s: State, node: Node | null, fallback: Node | null): TextRange {
  for (const n of [node, fallback]) {
    const range = n ? s.locate.rangeOf(n) : null;
    if (range && n && isCollection(n))
      return { ...range, endLine: range.startLine, endColumn: range.startColumn + 1 };
    if (range) return range;
  }
  return s.locate([]);
}

const isNullNode = (n: Node | null) => n === null || (isScalar(n) && n.value === null);
const shapeOf = (n: Node) => (isMap(n) ? "a map" : isSeq(n) ? "a list" : "a single value");

function walkObject(s: State, spec: ObjectSpec, node: Node | null, path: Path, key: Node | null): unknown {
  const name = fieldName(path);
  if (isNullNode(node)) {
    report(s, { path, range: mark(s, node, key), message: `${capitalize(name)} is empty.`, hint: spec.hint });
    return undefined;
  }
  if (!isMap(node)) {
    report(s, {
      path,
      range: mark(s, node, key),
      message: `${capitalize(name)} should be a map of fields (key: value lines), not ${shapeOf(node as Node)}.`,
      hint: spec.hint,
    });
    return undefined;
  }
  const out: Record<string, unknown> = {};
  // a required field the tenant misspelt is reported once, at the typo, not again as missing
  const misspelt = new Set<string>();
  for (const [k, pair] of s.locate.entries(node)) {
    const field = spec.fields[k];
    const keyNode = pair.key as Node;
    if (!field) {
      const meant = didYouMean(k, Object.keys(spec.fields));
      if (meant) misspelt.add(meant);
      const custom = spec.unknown?.(k);
      const range = mark(s, keyNode, null);
      report(s, {
        path: [...path, k],
        range,
        message: custom?.message ?? `"${k}" is not allowed in ${name}.`,
        hint: meant ? `Did you mean "${meant}"?` : (custom?.hint ?? spec.hint),
        ...(meant ? { fix: { title: `Rename to ${meant}`, edits: [{ range, text: meant }] } } : {}),
      });
      continue;
    }
    const value = walkNode(s, field, (pair.value as Node | null) ?? null, [...path, k], keyNode);
    if (value !== undefined) out[k] = value;
  }
  for (const req of spec.required ?? []) {
    const present = s.locate.entries(node).get(req);
    // A list written as `key:` with nothing is read as absent without a report of its own.
    const emptyList = present && out[req] === undefined && isNullNode(s.locate.resolve(present.value));
    if ((present && !emptyList) || (!present && misspelt.has(req))) continue;
    const field = spec.fields[req];
    report(s, {
      path: [...path, req],
      range: present ? mark(s, present.key as Node, null) : mark(s, key, node),
      message: present
        ? `${capitalize(fieldName([...path, req]))} is empty.`
        : `"${req}" is missing from ${name}.`,
      hint: field?.example ? `Add ${req}: ${field.example}.` : (field?.hint ?? spec.hint),
    });
  }
  return out;
}

function walkList(
  s: State,
  spec: Extract<Spec, { kind: "list" }>,
  node: Node | null,
  path: Path,
  key: Node | null,
) {
  // Go reads `key:` with no value as an empty list; chain-sdk wants the key left out.
  if (isNullNode(node)) return spec.keepNull ? null : undefined;
  if (isMap(node) && spec.single) {
    const one = walkNode(s, spec.item, node, path, key);
    return one === undefined ? undefined : [one];
  }
  if (!isSeq(node)) {
    report(s, {
      path,
      range: mark(s, node, key),
      message: `${capitalize(fieldName(path))} should be a list (lines starting with "- "), not ${shapeOf(node as Node)}.`,
      hint: spec.hint,
    });
    return undefined;
  }
  const out: unknown[] = [];
  node.items.forEach((item, i) => {
    const value = walkNode(s, spec.item, (item as Node | null) ?? null, [...path, i], null);
    if (value !== undefined) out.push(value);
  });
  return out;
}

function walkScalar(
  s: State,
  spec: Extract<Spec, { kind: "scalar" }>,
  node: Node | null,
  path: Path,
  key: Node | null,
) {
  const name = capitalize(fieldName(path));
  if (node && !isScalar(node)) {
    report(s, {
      path,
      range: mark(s, node, key),
      message: `${name} should be a single value, not ${shapeOf(node)}.`,
      hint: spec.hint,
    });
    return undefined;
  }
  const value = node ? node.value : null;
  const text = node ? (typeof node.source === "string" ? node.source : String(node.value ?? "")) : "";
  const quoted = !!node && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE);
  const read = spec.read({ text, value, isNull: value === null, quoted }, path);
  if (read.ok) return read.value;
  const range = mark(s, node, key);
  const empty = read.problem === "is empty";
  report(s, {
    source: "value",
    path,
    range,
    message: empty ? `${name} is empty.` : `${name}: "${text}" ${read.problem}.`,
    hint: read.suggestion ? `${spec.hint} Did you mean ${read.suggestion}?` : spec.hint,
    ...(read.suggestion && node
      ? { fix: { title: `Write ${read.suggestion}`, edits: [{ range, text: read.suggestion }] } }
      : {}),
  });
  return undefined;
}

function walkNewer(
  s: State,
  spec: Extract<Spec, { kind: "newer" }>,
  node: Node | null,
  path: Path,
  key: Node | null,
) {
  const value = walkNode(s, spec.inner, node, path, key);
  if (value === undefined || (spec.when && !spec.when(value)) || s.knows(spec.field)) return value;
  const warning = newerFieldWarning(spec.field, s.chainSdkVersion);
  report(s, {
    severity: "warning",
    source: "newer-field",
    path,
    range: mark(s, key ?? node, node),
    ...warning,
  });
  return undefined;
}

function walkNode(s: State, spec: Spec, raw: Node | null, path: Path, key: Node | null): unknown {
  if (++s.visits > (s.maxVisits ?? MAX_VISITS)) throw new AliasBombError(raw ? s.locate.rangeOf(raw) : null);
  const node = s.locate.resolve(raw);
  switch (spec.kind) {
    case "object":
      return walkObject(s, spec, node, path, key);
    case "list":
      return walkList(s, spec, node, path, key);
    case "scalar":
      return walkScalar(s, spec, node, path, key);
    case "newer":
      return walkNewer(s, spec, node, path, key);
    case "value": {
      const value: unknown = isNode(node) ? node.toJS(s.doc, { maxAliasCount: 100 }) : null;
      const problem = spec.check(value);
      if (!problem) return value;
      report(s, {
        source: "value",
        path,
        range: mark(s, node, key),
        message: `${capitalize(fieldName(path))} ${problem}.`,
        hint: spec.hint,
      });
      return undefined;
    }
    case "dict":
      return walkDict(s, spec, node, path, key);
  }
}

function walkDict(
  s: State,
  spec: Extract<Spec, { kind: "dict" }>,
  node: Node | null,
  path: Path,
  key: Node | null,
) {
  if (isNullNode(node)) return {};
  if (!isMap(node)) {
    report(s, {
      path,
      range: mark(s, node, key),
      message: `${capitalize(fieldName(path))} should be a map of names (name: lines), not ${shapeOf(node as Node)}.`,
      hint: spec.hint,
    });
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [k, pair] of s.locate.entries(node)) {
    const problem = spec.keyProblem?.(k);
    if (problem) {
      report(s, {
        source: "value",
        path: [...path, k],
        range: mark(s, pair.key as Node, null),
        message: `"${k}" ${problem}.`,
        hint: spec.hint,
      });
      continue;
    }
    const value = walkNode(
      s,
      spec.entry,
      (pair.value as Node | null) ?? null,
      [...path, k],
      pair.key as Node,
    );
    if (value !== undefined) out[k] = value;
  }
  return out;
}

/** Walks the document against `spec`: the diagnostics, and the value chain-sdk is given. */
export function walkSdl(ctx: WalkContext, spec: Spec): { value: unknown; diagnostics: Diagnostic[] } {
  const state: State = { ...ctx, out: [], visits: 0 };
  const contents = (ctx.doc.contents as Node | null) ?? null;
  const value = walkNode(state, spec, contents, [], null);
  return { value, diagnostics: state.out };
}
