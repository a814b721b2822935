#!/usr/bin/env node
// The `akash-console` bin (package.json "bin"): runs cli/main.ts under tsx, the TypeScript
// loader the repository's scripts use. The CLI is the browser console's own modules (signing
// pipeline, message descriptors, JWTs, SDL checks), not a copy, so it runs from a checkout after
// `npm ci` (docs/cli.md; deploy/github-actions-example.yml). Signals reach the child, and its
// exit code is ours.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../cli/run.ts", import.meta.url));
const tsconfig = fileURLToPath(new URL("../tsconfig.node.json", import.meta.url));
// Resolved from this package, so the bin runs from any working directory.
const loader = import.meta.resolve("tsx");
const child = spawn(process.execPath, ["--import", loader, entry, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig },
  cwd: process.cwd(),
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + 15 : 1)));
