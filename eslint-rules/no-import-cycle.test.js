// The cycle rule against real files on disk: a value loop, a type-only loop (the one import-x
// misses), a loop through a re-export and the `@/` alias, and imports that only look alike.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { afterAll, describe, it } from "vitest";
import { clearImportCycleCache, noImportCycle } from "./no-import-cycle.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

function setup() {
  const root = mkdtempSync(join(tmpdir(), "no-import-cycle-"));
  const files = {
    "tsconfig.json": JSON.stringify({
      compilerOptions: { module: "ESNext", moduleResolution: "bundler", paths: { "@/*": ["./src/*"] } },
      include: ["src"],
    }),
    "src/value-a.ts": 'import { b } from "./value-b";\nexport const a = b + 1;\n',
    "src/value-b.ts": 'import { a } from "./value-a";\nexport const b = 1;\nexport const c = () => a;\n',
    "src/page.tsx":
      'import { View } from "./view";\nexport type Actions = () => void;\nexport const Page = View;\n',
    "src/view.tsx": 'import type { Actions } from "./page";\nexport const View = (a: Actions) => a;\n',
    "src/lib/index.ts": 'export * from "./leaf";\n',
    "src/lib/leaf.ts": 'import { type Feature } from "@/feature";\nexport type Leaf = Feature[];\n',
    "src/feature.ts": 'import type { Leaf } from "./lib";\nexport type Feature = { leaf: Leaf };\n',
    "src/plain.ts":
      'import { b } from "./value-b";\nimport type { Leaf } from "./lib/leaf";\nexport const p: Leaf | number = b;\n',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  clearImportCycleCache();
  return { root, file: (name) => ({ filename: join(root, name), code: files[name] }) };
}

const { root, file } = setup();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const options = [{ tsconfig: join(root, "tsconfig.json") }];
const cycle = (route) => ({ messageId: "cycle", data: { route } });

new RuleTester({ languageOptions: { parser: tseslint.parser } }).run("no-import-cycle", noImportCycle, {
  valid: [{ ...file("src/plain.ts"), options }],
  invalid: [
    {
      ...file("src/value-a.ts"),
      options,
      errors: [cycle("src/value-a.ts → src/value-b.ts → src/value-a.ts")],
    },
    {
      ...file("src/view.tsx"),
      options,
      errors: [cycle("src/view.tsx → src/page.tsx → src/view.tsx")],
    },
    {
      ...file("src/feature.ts"),
      options,
      errors: [cycle("src/feature.ts → src/lib/index.ts → src/lib/leaf.ts → src/feature.ts")],
    },
  ],
});
