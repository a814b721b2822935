// The initial bundle depends on feature barrels being pure re-exports: vite.config.ts declares
// src/features/*/index.ts free of side effects and turns on rolldown's lazy barrels, so a route
// that imports one name from a feature gets that name's modules only. A barrel with code of its
// own (a `lazy(...)`, a constant, an import) is not a barrel to rolldown, and every module it
// lists ships with whoever imports it (docs/performance.md). Lazy parts go in the feature's lazy.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const features = resolve(fileURLToPath(new URL("../src/features", import.meta.url)));

function ownCode(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  return source.statements
    .filter((s) => !(ts.isExportDeclaration(s) && s.moduleSpecifier))
    .map((s) => s.getText(source).split("\n")[0] ?? "");
}

describe("feature barrels", () => {
  const names = readdirSync(features, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

  it.each(names)("features/%s/index.ts only re-exports", (name) => {
    expect(ownCode(join(features, name, "index.ts"))).toEqual([]);
  });
});
