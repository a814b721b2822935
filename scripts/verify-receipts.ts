// `npm run verify-receipts -- FILE`: checks a receipts export (JSON or JSONL) outside the browser
// with the very code the console runs: every hash, every link, the header and the owner's
// attestation. Exit code 0 when everything verifies, 1 when anything does not, 2 on usage errors.
import { readFile } from "node:fs/promises";
import { verifyExportText } from "../src/features/receipts/core/verify-export.ts";

async function main(): Promise<void> {
  const [path] = process.argv.slice(2).filter((a) => a !== "--");
  if (!path) {
    console.error("Usage: npm run verify-receipts -- FILE (a .json or .jsonl receipts export)");
    process.exit(2);
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    console.error(`Cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
  const result = await verifyExportText(text);
  for (const line of result.lines) (result.ok ? console.log : console.error)(line);
  console.log(result.ok ? `VERIFIED ${path}` : `NOT VERIFIED ${path}`);
  process.exit(result.ok ? 0 : 1);
}

void main();
