// Our diagnostics as Monaco markers, and their fixes as Monaco quick fixes (Ctrl/Cmd+.).
// Markers come from one owner, "sdl-lint"; monaco-yaml's own validation is off so the same
// schema error is not reported twice (chain-sdk validates against the same schema).
import type { Monaco } from "@/lib/monaco/load-monaco";
import { diagnosticText, type Diagnostic, type TextRange } from "../checker/types";

type Model = ReturnType<Monaco["editor"]["createModel"]>;
type IRange = { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number };

export const MARKER_OWNER = "sdl-lint";
const fixesByModel = new WeakMap<Model, Diagnostic[]>();

export function toMonacoRange(r: TextRange): IRange {
  return {
    startLineNumber: r.startLine,
    startColumn: r.startColumn,
    endLineNumber: r.endLine,
    endColumn: r.endColumn,
  };
}

export function setDiagnostics(monaco: Monaco, model: Model, diagnostics: readonly Diagnostic[]): void {
  const severity = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    diagnostics.map((d) => ({
      ...toMonacoRange(d.range),
      severity: severity[d.severity],
      message: diagnosticText(d),
      source: d.source,
    })),
  );
  fixesByModel.set(
    model,
    diagnostics.filter((d) => d.fix),
  );
}

const sameRange = (a: IRange, b: IRange) =>
  a.startLineNumber === b.startLineNumber &&
  a.startColumn === b.startColumn &&
  a.endLineNumber === b.endLineNumber &&
  a.endColumn === b.endColumn;

let registered = false;

export function registerQuickFixes(monaco: Monaco): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerCodeActionProvider("yaml", {
    provideCodeActions(model, _range, context) {
      const fixable = fixesByModel.get(model) ?? [];
      const actions = context.markers.flatMap((marker) => {
        const d = fixable.find(
          (f) => sameRange(toMonacoRange(f.range), marker) && diagnosticText(f) === marker.message,
        );
        if (!d?.fix) return [];
        return [
          {
            title: d.fix.title,
            kind: "quickfix",
            diagnostics: [marker],
            isPreferred: true,
            edit: {
              edits: d.fix.edits.map((e) => ({
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: { range: toMonacoRange(e.range), text: e.text },
              })),
            },
          },
        ];
      });
      return { actions, dispose() {} };
    },
  });
}
