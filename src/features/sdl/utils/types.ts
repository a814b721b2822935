// Shared shapes of the SDL studio: diagnostics at 1-based line/column positions (Monaco's and the
// `yaml` LineCounter's convention), and the text edits that one-click fixes apply.

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

/** Where a diagnostic comes from: the input guards, YAML, chain-sdk, or one of our rules. */
export type DiagnosticSource =
  "input" | "yaml" | "schema" | "deployment-denom" | "image-tag" | "gpu-model" | "inline-credentials";

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  severity: Severity;
  source: DiagnosticSource;
  message: string;
  range: TextRange;
  fix?: Fix;
}

export type PathSegment = string | number;

export const FIRST_LINE: TextRange = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
