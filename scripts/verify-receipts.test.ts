import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { makeHeader, toJsonExport, toJsonlExport } from "../src/features/receipts/core/export-format.ts";
import { sampleChain } from "../src/features/receipts/testing/sample-chain.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const dirs: string[] = [];

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), "verify-receipts-"));
  dirs.push(dir);
  const receipts = await sampleChain(5);
  const header = makeHeader(receipts, null, "2026-11-21T20:00:00.000Z");
  const write = async (name: string, text: string) => {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  };
  const run = async (path: string) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "scripts/verify-receipts.ts", path],
        { cwd: root },
      );
      return { code: 0, out: stdout + stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout + e.stderr };
    }
  };
  return { receipts, header, write, run };
}

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe("npm run verify-receipts", () => {
  it("passes a valid JSON export and a valid JSONL export", async () => {
    const { receipts, header, write, run } = await setup();
    const json = await run(await write("ok.json", toJsonExport(header, receipts)));
    expect(json.code).toBe(0);
    expect(json.out).toContain("OK: 10 receipts, every hash and link checks out.");
    const jsonl = await run(await write("ok.jsonl", toJsonlExport(header, receipts)));
    expect(jsonl.code).toBe(0);
    expect(jsonl.out).toContain("VERIFIED");
  });

  it("fails a hand-edited export with exit code 1 and names the broken receipt", async () => {
    const { receipts, header, write, run } = await setup();
    const text = toJsonlExport(header, receipts).replace('"amount":"500000"', '"amount":"5"');
    const result = await run(await write("edited.jsonl", text));
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      "Broken at receipt #1 (id r0-a) of 10: its content does not match its sha256: it was changed after it was written.",
    );
    expect(result.out).toContain("NOT VERIFIED");
  });

  it("fails an export whose last receipt was cut off", async () => {
    const { receipts, header, write, run } = await setup();
    const result = await run(await write("cut.json", toJsonExport(header, receipts.slice(0, -1))));
    expect(result.code).toBe(1);
    expect(result.out).toContain("The header says 10 receipts but the file holds 9");
  });
});
