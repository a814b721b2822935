// The Monaco SDL editor. Lazily loaded (see LazySdlEditor), so Monaco, its workers and
// monaco-yaml download only when someone edits an SDL. The owner (the studio, a deployment's
// update panel) keeps the text; this component mirrors it into one Monaco model, shows the
// current diagnostics as markers, and forwards the save (Ctrl/Cmd+S) and deploy (Ctrl/Cmd+Enter)
// shortcuts. With `original` it is a diff editor against that read-only text.
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from "react";
import { monaco } from "@/lib/monaco/load-monaco";
import { guard } from "../checker/parse";
import type { Diagnostic, Fix, TextRange } from "../checker/types";
import { createSdlEditor, type SdlEditorInstance } from "./create-sdl-editor";
import { setDiagnostics, toMonacoRange } from "./monaco-markers";

export interface SdlEditorHandle {
  reveal(range: TextRange): void;
  applyFix(fix: Fix): void;
}

export interface SdlEditorProps {
  /** text loaded into the editor (template, draft, import, a form edit); a new object replaces the
   * editor's text. `inPlace` (a form edit): only the changed span is replaced and the view stays. */
  document: { text: string; inPlace?: boolean };
  /** the text to diff against, shown read-only beside (or, when narrow, inline in) the editor;
   * whether there is one is fixed when the editor mounts, the text itself may change */
  original?: string;
  /** diagnostics for `diagnosticsText`; markers are shown only while that is the editor's text */
  diagnostics: readonly Diagnostic[];
  diagnosticsText: string;
  isDark: boolean;
  ariaLabel?: string;
  onChange(text: string): void;
  /** Ctrl/Cmd+S; the editor takes the shortcut even without a handler, so the browser's
   * "save page" never opens over it */
  onSave?(): void;
  onDeploy?(): void;
  handle?: Ref<SdlEditorHandle>;
}

/** The one span that differs between the model's text and `next` (common prefix and suffix kept). */
function changedSpan(
  model: { getValue(): string; getPositionAt(offset: number): { lineNumber: number; column: number } },
  next: string,
) {
  const prev = model.getValue();
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let end = 0;
  while (
    end < prev.length - start &&
    end < next.length - start &&
    prev[prev.length - 1 - end] === next[next.length - 1 - end]
  )
    end++;
  const from = model.getPositionAt(start);
  const to = model.getPositionAt(prev.length - end);
  return {
    range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column),
    text: next.slice(start, next.length - end),
  };
}

export default function SdlEditor(props: SdlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<SdlEditorInstance | null>(null);
  const editor = instance?.editor ?? null;
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (!host.current) return;
    const { document: doc, original, isDark, ariaLabel = "SDL editor" } = latest.current;
    const created = createSdlEditor(host.current, { text: doc.text, original, isDark, ariaLabel });
    const { editor, model } = created;
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => latest.current.onSave?.());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => latest.current.onDeploy?.());
    const sub = model.onDidChangeContent(() => latest.current.onChange(model.getValue()));
    setInstance(created);
    return () => {
      sub.dispose();
      created.dispose();
      setInstance(null);
    };
  }, []);

  useEffect(() => {
    const original = instance?.original;
    if (original && props.original !== undefined && original.getValue() !== props.original)
      original.setValue(props.original);
  }, [instance, props.original]);

  useEffect(() => {
    const model = editor?.getModel();
    if (model && model.getValue() !== props.document.text) {
      const refused = guard(props.document.text)?.ok === false && props.document.text.trim() !== "";
      monaco.editor.setModelLanguage(model, refused ? "plaintext" : "yaml");
      // Goes through an edit (not setValue) so the user can undo a template or draft switch.
      if (props.document.inPlace) {
        editor?.executeEdits("form", [changedSpan(model, props.document.text)]);
      } else {
        editor?.executeEdits("studio", [{ range: model.getFullModelRange(), text: props.document.text }]);
        editor?.setScrollTop(0);
      }
    }
  }, [editor, props.document]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    const current = model.getValue() === props.diagnosticsText;
    setDiagnostics(monaco, model, current ? props.diagnostics : []);
    // Text the checker refused (binary, too large, too deep, an alias bomb) is shown as plain
    // text: the YAML language worker would otherwise choke on it while the user types.
    const refused = current && props.diagnostics.some((d) => d.source === "input" && d.severity === "error");
    const language = refused ? "plaintext" : "yaml";
    if (model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language);
  }, [editor, props.diagnostics, props.diagnosticsText, props.document]);

  useEffect(() => monaco.editor.setTheme(props.isDark ? "vs-dark" : "vs"), [props.isDark]);

  useImperativeHandle(
    props.handle,
    () => ({
      reveal(range) {
        if (!editor) return;
        // On a phone the problems list sits below the editor: bring the editor back into view.
        host.current?.scrollIntoView({ block: "nearest" });
        editor.revealRangeInCenter(toMonacoRange(range));
        editor.setSelection(toMonacoRange(range));
        editor.focus();
      },
      applyFix(fix) {
        if (!editor) return;
        editor.pushUndoStop();
        editor.executeEdits(
          "quick-fix",
          fix.edits.map((e) => ({ range: toMonacoRange(e.range), text: e.text })),
        );
        editor.pushUndoStop();
      },
    }),
    [editor],
  );

  return <div ref={host} data-testid="sdl-editor" className="h-full min-h-0 w-full min-w-0" />;
}
