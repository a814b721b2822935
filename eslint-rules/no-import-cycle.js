// Fails on an import that leads back to the importing file, type-only imports included.
// import-x/no-cycle skips `import type` unconditionally (it has no option to count them), but a
// type-only loop still ties two modules together: neither can move or be split without the other,
// and the next value import along it is a real cycle. So every edge counts here: static, type-only,
// re-exports and dynamic `import()`. Module resolution is TypeScript's, with the project's tsconfig
// (the `@/` alias); what resolves into node_modules is not followed.
import { readFileSync, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import ts from "typescript";

// Other files' imports are read from disk and kept this long before their mtime is checked again
// (a CLI run reads each file once; an editor session sees changes within this window).
const CACHE_MS = 30_000;
/** @type {Map<string, { checkedAt: number; mtimeMs: number; deps: string[] }>} */
const depsCache = new Map();
/** @type {Map<string, ts.CompilerOptions>} */
const optionsCache = new Map();

/** @param {string} tsconfig absolute path */
function compilerOptions(tsconfig) {
  let options = optionsCache.get(tsconfig);
  if (!options) {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      tsconfig,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        },
      },
    );
    options = { ...(parsed?.options ?? {}), allowJs: true, noEmit: true };
    optionsCache.set(tsconfig, options);
  }
  return options;
}

/**
 * The project files a file imports, in the order written (specifier → resolved path).
 * @param {string} text @param {string} file @param {ts.CompilerOptions} options
 */
function importsOf(text, file, options) {
  /** @type {Map<string, string>} */
  const out = new Map();
  for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
    if (out.has(fileName)) continue;
    const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport || resolved.resolvedFileName.endsWith(".d.ts"))
      continue;
    out.set(fileName, resolve(resolved.resolvedFileName));
  }
  return out;
}

/** @param {string} file @param {ts.CompilerOptions} options */
function depsOf(file, options) {
  const now = Date.now();
  const cached = depsCache.get(file);
  if (cached && now - cached.checkedAt < CACHE_MS) return cached.deps;
  let mtimeMs;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  if (cached && cached.mtimeMs === mtimeMs) {
    cached.checkedAt = now;
    return cached.deps;
  }
  const deps = [...new Set(importsOf(readFileSync(file, "utf8"), file, options).values())];
  depsCache.set(file, { checkedAt: now, mtimeMs, deps });
  return deps;
}

/**
 * The shortest import path from `start` back to `target`, or null.
 * @param {string} start @param {string} target @param {ts.CompilerOptions} options
 */
function pathBack(start, target, options) {
  /** @type {Map<string, string | null>} */
  const parent = new Map([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const at = /** @type {string} */ (queue[i]);
    for (const next of depsOf(at, options)) {
      if (next === target) {
        const route = [at];
        for (let p = parent.get(at); p; p = parent.get(p)) route.unshift(p);
        return route;
      }
      if (!parent.has(next)) {
        parent.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

/** @type {import("eslint").Rule.RuleModule} */
export const noImportCycle = {
  meta: {
    type: "problem",
    docs: { description: "disallow import cycles, counting type-only imports" },
    messages: {
      cycle:
        "Import cycle: {{route}}. Type-only imports count too: move the shared piece to the module both sides may import.",
    },
    schema: [
      {
        type: "object",
        properties: { tsconfig: { type: "string" } },
        required: ["tsconfig"],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const file = resolve(context.physicalFilename);
    // Routes are shown from the project root: the folder of the tsconfig.
    const tsconfig = resolve(context.cwd, context.options[0].tsconfig);
    const root = dirname(tsconfig);
    const options = compilerOptions(tsconfig);
    /** @type {Map<string, import("estree").Node>} */
    const nodes = new Map();
    /** @param {import("estree").Node & { source?: unknown }} node */
    const remember = (node) => {
      const source = /** @type {{ value?: unknown } | null | undefined} */ (node.source);
      if (typeof source?.value === "string" && !nodes.has(source.value)) nodes.set(source.value, node);
    };
    const show = (/** @type {string} */ p) => relative(root, p) || p;
    return {
      ImportDeclaration: remember,
      ExportNamedDeclaration: remember,
      ExportAllDeclaration: remember,
      ImportExpression: remember,
      "Program:exit"(program) {
        for (const [specifier, target] of importsOf(context.sourceCode.text, file, options)) {
          if (target === file) continue;
          const route = pathBack(target, file, options);
          if (!route) continue;
          context.report({
            node: nodes.get(specifier) ?? program,
            messageId: "cycle",
            data: { route: [file, ...route, file].map(show).join(" → ") },
          });
        }
      },
    };
  },
};

/** For tests: forget what was read from disk. */
export function clearImportCycleCache() {
  depsCache.clear();
  optionsCache.clear();
}
