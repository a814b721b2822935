// Creates the Monaco instance behind <SdlEditor>: a plain editor for the studio, or a diff editor
// (the deployed SDL read-only on the left, the edited one on the right) for a deployment update.
// Either way the caller gets the one editable code editor, so markers, quick fixes and shortcuts
// work the same in both.
import { configureYaml, monaco } from "@/lib/monaco/load-monaco";
import { sdlChecker } from "../checker/worker/checker-client";
import { registerQuickFixes } from "./monaco-markers";

export type Editor = ReturnType<typeof monaco.editor.create>;
type Model = ReturnType<typeof monaco.editor.createModel>;

export interface SdlEditorInstance {
  editor: Editor;
  /** the editable model */
  model: Model;
  /** the read-only model of the diff editor's left side; null for a plain editor */
  original: Model | null;
  dispose(): void;
}

let modelCount = 0;

async function configureSchema(): Promise<void> {
  // From the checker's worker: chain-sdk, whose schema it is, is loaded there and not on the page.
  const schema = await sdlChecker().schema();
  await configureYaml({
    enableSchemaRequest: false,
    validate: false,
    completion: true,
    hover: true,
    schemas: [{ uri: "https://akash.network/schemas/sdl.json", fileMatch: ["*"], schema }],
  });
}

const newModel = (text: string, name: string) =>
  monaco.editor.createModel(text, "yaml", monaco.Uri.parse(`inmemory://sdl/${name}-${++modelCount}.yaml`));

export function createSdlEditor(
  host: HTMLElement,
  init: { text: string; original?: string; isDark: boolean; ariaLabel: string },
): SdlEditorInstance {
  registerQuickFixes(monaco);
  void configureSchema().catch((err: unknown) => console.warn("SDL schema unavailable for completion:", err));
  const options = {
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    tabSize: 2,
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    lineNumbersMinChars: 3,
    stickyScroll: { enabled: true, maxLineCount: 2 },
    renderLineHighlight: "line",
    ariaLabel: init.ariaLabel,
    theme: init.isDark ? "vs-dark" : "vs",
    quickSuggestions: { other: true, comments: false, strings: true },
  } as const;
  const model = newModel(init.text, "draft");
  if (init.original === undefined) {
    const editor = monaco.editor.create(host, { ...options, model });
    return {
      editor,
      model,
      original: null,
      dispose() {
        editor.dispose();
        model.dispose();
      },
    };
  }

  const original = newModel(init.original, "deployed");
  const diff = monaco.editor.createDiffEditor(host, {
    ...options,
    originalEditable: false,
    // Indentation is structure in YAML: a re-indented line is a real change.
    ignoreTrimWhitespace: false,
    renderOverviewRuler: false,
    // The gutter menu takes a column of its own; a phone has none to spare. Reverting a change
    // stays one click away in the margin.
    renderGutterMenu: false,
    // Below Monaco's breakpoint (900 px: phones, narrow windows) the diff is shown inline.
    useInlineViewWhenSpaceIsLimited: true,
    originalAriaLabel: "Deployed SDL (read-only)",
    modifiedAriaLabel: init.ariaLabel,
  });
  diff.setModel({ original, modified: model });
  return {
    editor: diff.getModifiedEditor(),
    model,
    original,
    dispose() {
      diff.dispose();
      model.dispose();
      original.dispose();
    },
  };
}
