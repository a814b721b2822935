import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeHeader, toJsonExport, toJsonlExport } from "../src/features/receipts/core/export-format.ts";
import { attestHead, SAMPLE_KEY } from "../src/features/receipts/testing/keys.ts";
import { sampleChain } from "../src/features/receipts/testing/sample-chain.ts";
import { tamperCorpus, type TamperCorpus } from "../src/features/receipts/testing/tamper-corpus.ts";
import { verifyReceiptsCli } from "./verify-receipts.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
let dir = "";
let corpus: TamperCorpus;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "verify-receipts-"));
  corpus = await tamperCorpus();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, text: string): Promise<string> {
  const path = join(dir, name.replace(/[^a-z0-9]+/gi, "-"));
  await writeFile(path, text);
  return path;
}

/** The script's main, in this process: what it prints and the exit code it returns. */
async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await verifyReceiptsCli(argv, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return { code, out: lines.join("\n") };
}

/** The script as a process, the way a tenant runs it. */
async function spawn(...argv: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/verify-receipts.ts", ...argv],
      { cwd: root },
    );
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe("npm run verify-receipts", () => {
  it("verifies a signed export in both formats, as a process, with exit code 0", async () => {
    const json = await spawn(await write("ok.json", corpus.genuine.json));
    expect(json.out).toContain("OK: 12 receipts, every hash and link checks out.");
    expect(json.out).toContain(`Signed by ${corpus.victim}: its receipts among the first 12 are anchored.`);
    expect(json.out).toContain(
      "Anchored: all 12 receipts are covered by a signature of the wallet that made them.",
    );
    expect(json.out).toMatch(/^VERIFIED /m);
    expect(json.code).toBe(0);
    const jsonl = await cli(await write("ok.jsonl", corpus.genuine.jsonl));
    expect(jsonl.code).toBe(0);
  });

  it("refuses an unsigned export by default, as a process, and accepts it only with --allow-unanchored", async () => {
    const receipts = await sampleChain(5);
    const path = await write(
      "unsigned.jsonl",
      toJsonlExport(makeHeader(receipts, [], "2026-11-21T20:00:00.000Z"), receipts),
    );
    const refused = await spawn(path);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain("OK: 10 receipts, every hash and link checks out.");
    expect(refused.out).toContain("No wallet attestation: anyone could have written these receipts");
    expect(refused.out).toContain("pass --allow-unanchored to accept that");
    expect(refused.out).toMatch(/^NOT VERIFIED /m);
    const accepted = await cli(path, "--allow-unanchored");
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain(
      "(UNANCHORED, accepted by --allow-unanchored: nothing proves who wrote it)",
    );
  });

  it("reads a version 1 export (one attestation under `attestation`)", async () => {
    const receipts = await sampleChain(2);
    const a = await attestHead(SAMPLE_KEY, receipts);
    const { attestations: _a, ...header } = {
      ...makeHeader(receipts, [], "2026-11-21T20:00:00.000Z"),
      version: 1,
    };
    const result = await cli(await write("v1.json", JSON.stringify({ ...header, attestation: a, receipts })));
    expect(result.out).toContain("Anchored: all 4 receipts");
    expect(result.code).toBe(0);
  });

  it("answers usage errors with exit code 2", async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli("a.json", "--rpc", "nope")).out).toContain("--rpc needs an http(s) URL");
    expect((await cli("a.json", "--frobnicate")).out).toContain("Unknown option --frobnicate.");
    expect((await cli(join(dir, "missing.json"))).code).toBe(2);
  });

  it("covers at least the 26 kinds of the tamper study", () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(26);
    expect(new Set(corpus.cases.map((c) => c.name)).size).toBe(corpus.cases.length);
  });

  it("refuses every tampered export, naming why, and accepts only the unanchored ones with the flag", async () => {
    for (const c of corpus.cases) {
      const path = await write(`${c.name}.jsonl`, c.text);
      const result = await cli(path);
      expect({ name: c.name, code: result.code }).toEqual({ name: c.name, code: 1 });
      expect(result.out, c.name).toMatch(c.why);
      expect(result.out, c.name).toMatch(/^NOT VERIFIED /m);
      const flagged = await cli(path, "--allow-unanchored");
      expect({ name: c.name, code: flagged.code }).toEqual({
        name: c.name,
        code: c.expect === "unanchored" ? 0 : 1,
      });
    }
  });

  it("still names the first broken receipt of a hand-edited export", async () => {
    const text = corpus.genuine.json.replace('"amount": "500000"', '"amount": "5"');
    const result = await cli(await write("edited.json", text));
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      "Broken at receipt #1 (id r0-a) of 12: its content does not match its sha256: it was changed after it was written.",
    );
  });

  it("catches an export whose last receipt was cut off", async () => {
    const { receipts, attestation } = corpus.genuine;
    const header = makeHeader(receipts, [attestation], "2026-11-21T20:00:00.000Z");
    const result = await cli(await write("cut.json", toJsonExport(header, receipts.slice(0, -1))));
    expect(result.code).toBe(1);
    expect(result.out).toContain("The header says 12 receipts but the file holds 11");
  });
});
