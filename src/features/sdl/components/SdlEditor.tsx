// The Monaco SDL editor. Lazily loaded (React.lazy) by the studio, so Monaco, its workers and
// monaco-yaml download only when someone edits an SDL. The studio owns the text; this component
// mirrors it into one Monaco model, shows the current diagnostics as markers, and forwards the
// save (Ctrl/Cmd+S) and deploy (Ctrl/Cmd+Enter) shortcuts.
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from "react";
import { configureYaml, monaco } from "@/lib/monaco/load-monaco";
import { loadSdlSchema } from "../utils/sdl-engine";
import { guard } from "../utils/yaml-document";
import type { Diagnostic, Fix, TextRange } from "../utils/types";
import { registerQuickFixes, setDiagnostics, toMonacoRange } from "./monaco-markers";

export interface SdlEditorHandle {
  reveal(range: TextRange): void;
  applyFix(fix: Fix): void;
}

export interface SdlEditorProps {
  /** text loaded into the editor (template, draft, import); a new object replaces the editor's text */
  document: { text: string };
  /** diagnostics for `diagnosticsText`; markers are shown only while that is the editor's text */
  diagnostics: readonly Diagnostic[];
  diagnosticsText: string;
  isDark: boolean;
  onChange(text: string): void;
  onSave(): void;
  onDeploy(): void;
  handle?: Ref<SdlEditorHandle>;
}

type Editor = ReturnType<typeof monaco.editor.create>;
let modelCount = 0;

async function configureSchema(): Promise<void> {
  const schema = await loadSdlSchema();
  await configureYaml({
    enableSchemaRequest: false,
    validate: false,
    completion: true,
    hover: true,
    schemas: [{ uri: "https://akash.network/schemas/sdl.json", fileMatch: ["*"], schema }],
  });
}

export default function SdlEditor(props: SdlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (!host.current) return;
    registerQuickFixes(monaco);
    void configureSchema().catch((err: unknown) =>
      console.warn("SDL schema unavailable for completion:", err),
    );
    const model = monaco.editor.createModel(
      latest.current.document.text,
      "yaml",
      monaco.Uri.parse(`inmemory://sdl/draft-${++modelCount}.yaml`),
    );
    const instance = monaco.editor.create(host.current, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      lineNumbersMinChars: 3,
      stickyScroll: { enabled: true, maxLineCount: 2 },
      renderLineHighlight: "line",
      ariaLabel: "SDL editor",
      theme: latest.current.isDark ? "vs-dark" : "vs",
      quickSuggestions: { other: true, comments: false, strings: true },
    });
    instance.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => latest.current.onSave());
    instance.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => latest.current.onDeploy());
    const sub = model.onDidChangeContent(() => latest.current.onChange(model.getValue()));
    setEditor(instance);
    return () => {
      sub.dispose();
      instance.dispose();
      model.dispose();
      setEditor(null);
    };
  }, []);

  useEffect(() => {
    const model = editor?.getModel();
    if (model && model.getValue() !== props.document.text) {
      const refused = guard(props.document.text)?.ok === false && props.document.text.trim() !== "";
      monaco.editor.setModelLanguage(model, refused ? "plaintext" : "yaml");
      // Goes through an edit (not setValue) so the user can undo a template or draft switch.
      editor?.executeEdits("studio", [{ range: model.getFullModelRange(), text: props.document.text }]);
      editor?.setScrollTop(0);
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
