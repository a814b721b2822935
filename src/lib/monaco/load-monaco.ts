// Loads Monaco (0.52.2, the last version monaco-yaml 5.5 works with unpatched; see stack.md §6)
// with YAML highlighting and monaco-yaml, and wires its two web workers through Vite's `?worker`
// imports. This module is only ever imported dynamically: Monaco is ~800 KiB gzip and must stay
// out of every page that does not edit an SDL.
import "monaco-editor/esm/vs/editor/editor.all.js";
// Go to line (Ctrl+G), the command palette (F1) and symbols (Ctrl+Shift+O): editor.all leaves
// these standalone pieces out; edcore.main adds them, along with parts we do not need.
import "monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneGotoLineQuickAccess.js";
import "monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneCommandsQuickAccess.js";
import "monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneGotoSymbolQuickAccess.js";
import "monaco-editor/esm/vs/editor/standalone/browser/iPadShowKeyboard/iPadShowKeyboard.js";
import "monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js";
import * as monaco from "monaco-editor/esm/vs/editor/editor.api.js";
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import { configureMonacoYaml, type MonacoYaml, type MonacoYamlOptions } from "monaco-yaml";
import YamlWorker from "./yaml.worker.ts?worker";

export type Monaco = typeof monaco;

self.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string) {
    return label === "yaml" ? new YamlWorker() : new EditorWorker();
  },
};

let yaml: MonacoYaml | null = null;

/** Configures monaco-yaml once (it allows a single instance); later calls update it. */
export async function configureYaml(options: MonacoYamlOptions): Promise<void> {
  if (yaml) {
    await yaml.update(options);
    return;
  }
  yaml = configureMonacoYaml(monaco, options);
}

export { monaco };
