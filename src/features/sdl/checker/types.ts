// What the SDL checker reports: diagnostics at 1-based line/column positions (Monaco's and the
// `yaml` LineCounter's convention) and at a path in the SDL (what a form would map to its input),
// each saying what is wrong with which field and what to write instead, and the text edits that
// one-click fixes apply.

export interface TextRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface TextEdit {
  range: TextRange;
  text: string;
}

export type Severity = "error" | "warning" | "info";

/**
 * Where a diagnostic comes from: the input guards, YAML syntax, the shape of the SDL (fields and
 * types), a value (numbers, sizes, names), a reference between sections, the chain's limits, a
 * field this console cannot check or send, chain-sdk itself, or one of our rules.
 */
export type DiagnosticSource =
  | "input"
  | "yaml"
  | "schema"
  | "value"
  | "reference"
  | "limit"
  | "newer-field"
  | "chain-sdk"
  | "deployment-denom"
  | "image-tag"
  | "gpu-model"
  | "inline-credentials";

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export type PathSegment = string | number;

export interface Diagnostic {
  severity: Severity;
  source: DiagnosticSource;
  /** the field it is about, e.g. ["profiles", "compute", "web", "resources", "cpu", "units"];
   * [] for the document as a whole */
  path: PathSegment[];
  /** what is wrong, naming the field */
  message: string;
  /** what to write instead, when there is something to say */
  hint?: string;
  range: TextRange;
  fix?: Fix;
}

/** The message and its hint as one sentence, as the editor's hover shows it. */
export function diagnosticText(d: Pick<Diagnostic, "message" | "hint">): string {
  return d.hint ? `${d.message} ${d.hint}` : d.message;
}

export const FIRST_LINE: TextRange = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
