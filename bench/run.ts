// `npm run bench` runs every benchmark in bench/ ; `npm run bench -- NAME [NAME…]` runs some.
// Each prints one JSON line per measure: {"bench", "value", "unit", "target", ...}, so runs can
// be compared over time. Exit code 1 if a benchmark crashes (missing a target is reported, not fatal).
import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import type { Bench } from "./lib/types";

const benchDir = fileURLToPath(new URL(".", import.meta.url));

async function available(): Promise<string[]> {
  const files = await readdir(benchDir);
  return files
    .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.endsWith(".test.ts"))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function main(): Promise<void> {
  const all = await available();
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const unknown = wanted.filter((w) => !all.includes(w));
  if (unknown.length) {
    console.error(`Unknown benchmark(s): ${unknown.join(", ")}. Available: ${all.join(", ")}`);
    process.exit(2);
  }
  let failed = false;
  for (const name of wanted.length ? wanted : all) {
    try {
      const mod = (await import(pathToFileURL(join(benchDir, `${name}.ts`)).href)) as { default: Bench };
      for (const result of await mod.default()) console.log(JSON.stringify(result));
    } catch (err) {
      failed = true;
      console.error(
        `bench ${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
    }
  }
  process.exit(failed ? 1 : 0);
}

void main();
