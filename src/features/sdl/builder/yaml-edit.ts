// Edits an SDL through the `yaml` Document API, so what the form changes is the only thing that
// changes: comments, key order, quoting and blank lines of everything else survive. A scalar that
// exists is changed in place (its quote style and comment stay); a missing one is created with
// its parent maps; an emptied optional field is removed, with the maps it leaves empty.
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
  YAMLMap,
  YAMLSeq,
} from "yaml";
import { guard } from "../checker/parse";
import type { PathSegment } from "../checker/types";

export type SdlDoc = Document.Parsed;
export type Path = readonly PathSegment[];

export type Refusal = "unreadable" | "aliases";

/** The document of `text`, or why the form cannot edit it (the editor shows the details). Text
 * the checker refuses (too large, binary, too deep) is never parsed here either; a document
 * with anchors and aliases is left to the YAML editor: a form edit under an alias would change
 * every place that shares it. */
export function openDocOrRefusal(text: string): SdlDoc | Refusal {
  if (text.trim() !== "" && guard(text)) return "unreadable";
  let doc: SdlDoc;
  try {
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  } catch {
    return "unreadable";
  }
  if (doc.errors.length) return "unreadable";
  if (doc.contents !== null && !isMap(doc.contents)) return "unreadable";
  let aliases = false;
  visit(doc, {
    Alias() {
      aliases = true;
      return visit.BREAK;
    },
  });
  return aliases ? "aliases" : doc;
}

export function openDoc(text: string): SdlDoc | null {
  const doc = openDocOrRefusal(text);
  return typeof doc === "string" ? null : doc;
}

/** Never folds long lines: a folded env value or command would read differently. */
export function writeDoc(doc: SdlDoc): string {
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

/** Applies `edit` to the document of `text` and returns the new text (null: not editable). */
export function editText(text: string, edit: (doc: SdlDoc) => void): string | null {
  const doc = openDoc(text);
  if (!doc) return null;
  edit(doc);
  return writeDoc(doc);
}

export function nodeAt(doc: SdlDoc, path: Path): unknown {
  return path.length === 0 ? doc.contents : doc.getIn(path, true);
}

/** The plain value at `path` (numbers and booleans as they are, collections as JS). */
export function valueAt(doc: SdlDoc, path: Path): unknown {
  const node = nodeAt(doc, path);
  if (isScalar(node)) return node.value;
  if (isMap(node) || isSeq(node)) return node.toJSON();
  return node ?? undefined;
}

/** A scalar as the form shows it: "" when absent. */
export function textAt(doc: SdlDoc, path: Path): string {
  const v = valueAt(doc, path);
  return v === undefined || v === null || typeof v === "object" ? "" : String(v);
}

/** What a typed value is written as: a number when it reads back as the same number. */
export function typed(value: string): string | number {
  const trimmed = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(trimmed) && String(Number(trimmed)) === trimmed) return Number(trimmed);
  return value;
}

function ensureRoot(doc: SdlDoc): void {
  // With the document's schema: setIn creates missing parents only in a collection that has one.
  if (!isMap(doc.contents)) doc.contents = new YAMLMap(doc.schema) as unknown as SdlDoc["contents"];
}

/** Sets the scalar at `path`, creating its parents; an existing scalar keeps its style. */
export function setScalar(doc: SdlDoc, path: Path, value: string | number | boolean): void {
  ensureRoot(doc);
  const node = nodeAt(doc, path);
  if (isScalar(node)) {
    // A quoted "1" stays a string: the value the SDL meant is unchanged, and so is its look.
    const next = typeof node.value === "string" && typeof value === "number" ? String(value) : value;
    if (node.value === next) return;
    // An empty "" had to be quoted; what is typed into it is written plainly where YAML allows.
    if (node.value === "") delete node.type;
    node.value = next;
    return;
  }
  doc.setIn(path, doc.createNode(value));
}

/** Sets a collection at `path` (a new node: used for what the form adds whole). */
export function setNode(doc: SdlDoc, path: Path, value: unknown): void {
  ensureRoot(doc);
  doc.setIn(path, doc.createNode(value));
}

/** Removes `path`, then every map or list it leaves empty on the way up. */
export function remove(doc: SdlDoc, path: Path): void {
  if (!doc.hasIn(path)) return;
  doc.deleteIn(path);
  for (let up = path.length - 1; up > 0; up--) {
    const parent = nodeAt(doc, path.slice(0, up));
    if ((isMap(parent) || isSeq(parent)) && parent.items.length === 0) doc.deleteIn(path.slice(0, up));
    else break;
  }
}

/** An optional scalar: set it, or remove it when the field is emptied. */
export function setOptional(doc: SdlDoc, path: Path, value: string): void {
  if (value.trim() === "") remove(doc, path);
  else setScalar(doc, path, typed(value));
}

/** A list of strings (env, command, args, accept): items are changed in place, so a comment on
 * an item that stays where it is survives; an empty list is removed. */
export function setStringList(doc: SdlDoc, path: Path, values: readonly string[]): void {
  if (values.length === 0) return remove(doc, path);
  const node = nodeAt(doc, path);
  if (!isSeq(node)) return setNode(doc, path, [...values]);
  const seq = node as YAMLSeq<Node>;
  values.forEach((v, i) => {
    const item = seq.items[i];
    if (isScalar(item)) {
      if (item.value !== v) item.value = v;
    } else seq.items[i] = doc.createNode(v);
  });
  seq.items.splice(values.length);
}

/** The keys of the map at `path`, in document order. */
export function keysAt(doc: SdlDoc, path: Path): string[] {
  const node = nodeAt(doc, path);
  if (!isMap(node)) return [];
  return node.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
}

/** Renames a map key in place, keeping its position and comments. */
export function renameKey(doc: SdlDoc, path: Path, from: string, to: string): void {
  const node = nodeAt(doc, path);
  if (!isMap(node) || from === to) return;
  const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === from);
  if (!pair) return;
  if (isScalar(pair.key)) pair.key.value = to;
  else pair.key = doc.createNode(to);
}

export function lengthAt(doc: SdlDoc, path: Path): number {
  const node = nodeAt(doc, path);
  return isSeq(node) ? node.items.length : 0;
}

/** Turns a single map at `path` into a one-item list (storage may be either), so items can be added. */
export function asList(doc: SdlDoc, path: Path): void {
  const node = nodeAt(doc, path);
  if (isSeq(node)) return;
  const seq = new YAMLSeq(doc.schema);
  if (node !== undefined && node !== null) seq.items.push(node);
  doc.setIn(path, seq);
}

export { isMap, isScalar, isSeq };
