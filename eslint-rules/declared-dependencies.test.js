// The project's own ESLint config must fail on an import of a package that package.json does not
// declare, and on a devDependency imported by code that ships. Runs the real config (not the
// plugin alone), so a config edit that drops the rule fails here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);

// A package npm hoisted into node_modules that package.json never names: exactly the kind of
// import that only works by luck.
function hoistedButUndeclared() {
  const names = readdirSync(join(root, "node_modules")).filter(
    (n) => !n.startsWith(".") && !n.startsWith("@"),
  );
  const name = names.find((n) => !declared.has(n) && n !== "node_modules");
  if (!name) throw new Error("node_modules holds no undeclared package to test with");
  return name;
}

async function ruleMessages(code, filePath) {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages
    .filter((m) => m.ruleId === "import-x/no-extraneous-dependencies")
    .map((m) => m.message);
}

describe("declared dependencies (import-x/no-extraneous-dependencies)", () => {
  it("fails on an undeclared package in app code", async () => {
    const name = hoistedButUndeclared();
    const messages = await ruleMessages(
      `import x from "${name}";\nexport default x;\n`,
      "src/lib/undeclared-fixture.js",
    );
    expect(messages).toEqual([
      expect.stringContaining(`'${name}' should be listed in the project's dependencies`),
    ]);
  });

  it("fails on a devDependency in code that ships (app, server, localnet)", async () => {
    const code = `import { generateMnemonic } from "@scure/bip39";\nexport default generateMnemonic;\n`;
    for (const file of ["src/lib/dev-fixture.js", "server/dev-fixture.js", "localnet/dev-fixture.js"]) {
      expect(await ruleMessages(code, file)).toEqual([expect.stringContaining("not devDependencies")]);
    }
  });

  it("allows devDependencies in tests, e2e, benchmarks and scripts, and dependencies everywhere", async () => {
    const dev = `import { generateMnemonic } from "@scure/bip39";\nexport default generateMnemonic;\n`;
    for (const file of ["src/lib/x.test.js", "e2e/fixture.js", "bench/fixture.js", "scripts/fixture.js"]) {
      expect(await ruleMessages(dev, file)).toEqual([]);
    }
    expect(
      await ruleMessages(`import { z } from "zod";\nexport default z;\n`, "src/lib/dep-fixture.js"),
    ).toEqual([]);
  });
});
