// The CLI's receipts file on its own (no chain): what it writes is a format 2 export that the
// browser's verifier calls anchored, with the signed bytes recorded; another wallet's attestation
// in the file survives the CLI's writes; a file that is tampered with or not anchored stops the
// next write (exit 8) and is left exactly as it was.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeHeader, parseExport, toJsonlExport } from "../src/features/receipts/core/export-format";
import type { Receipt, SignedBytes } from "../src/features/receipts/core/receipt";
import { verifyExportText } from "../src/features/receipts/core/verify-export";
import {
  addressOf,
  attestHead,
  ATTACKER_KEY,
  SAMPLE_KEY,
  signStatement,
} from "../src/features/receipts/testing/keys";
import { sampleChain } from "../src/features/receipts/testing/sample-chain";
import { CliError, EXIT } from "./errors";
import { ReceiptsFile } from "./receipts-file";

const SIGNED: SignedBytes = {
  mode: "direct",
  signDocSha256: "ab".repeat(32),
  accountNumber: "3",
  sequence: "9",
};

let dir = "";
let path = "";
let signer = "";

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cli-receipts-file-"));
  path = join(dir, "receipts.jsonl");
  signer = await addressOf(SAMPLE_KEY);
});

afterEach(() => rm(dir, { recursive: true, force: true }));

const cliFile = () => new ReceiptsFile(path, (text) => signStatement(SAMPLE_KEY, text));

async function deposit(file: ReceiptsFile) {
  const r = await file.begin({
    action: "deposit",
    network: { id: "local", name: "local" },
    chainId: "localakash-1",
    walletName: "akash-console CLI",
    signer,
    target: { owner: signer, dseq: "12" },
    request: { deposit: { denom: "uact", amount: "100000" } },
    reason: "ci: top up",
  });
  await file.markBroadcast(r, "CD".repeat(32), SIGNED);
  await file.complete(r, { state: "success", txHash: "CD".repeat(32), height: 40 });
}

describe("the CLI's receipts file", () => {
  it("writes format 2 receipts with the signed bytes, anchored by the key's attestation", async () => {
    await deposit(cliFile());
    const text = await readFile(path, "utf8");
    const report = await verifyExportText(text);
    expect(report.verdict).toBe("anchored");
    const receipts = parseExport(text).receipts as Receipt[];
    expect(receipts.map((r) => [r.schemaVersion, r.state])).toEqual([
      [2, "pending"],
      [2, "pending"],
      [2, "success"],
    ]);
    expect(receipts[1]!.signed).toEqual(SIGNED);
    expect(receipts[2]!.signed).toEqual(SIGNED);
    expect(parseExport(text).header).toMatchObject({ version: 2, count: 3 });
  });

  it("keeps another wallet's attestation and replaces only its own", async () => {
    const other = await addressOf(ATTACKER_KEY);
    const theirs = await sampleChain(2, { signer: other });
    const theirAttestation = await attestHead(ATTACKER_KEY, theirs);
    await writeFile(path, toJsonlExport(makeHeader(theirs, [theirAttestation], "x"), theirs));
    await deposit(cliFile());
    await deposit(cliFile());
    const text = await readFile(path, "utf8");
    const report = await verifyExportText(text);
    expect(report.verdict).toBe("anchored");
    const signers = report.anchoring!.valid.map((v) => [v.signer, v.count]);
    expect(signers).toEqual([
      [other, 4],
      [signer, 10],
    ]);
  });

  it("refuses to write after a receipt was edited or when the file is not anchored, and leaves it as it was", async () => {
    await deposit(cliFile());
    const edited = (await readFile(path, "utf8")).replace("ci: top up", "ci: something else");
    await writeFile(path, edited);
    await expect(deposit(cliFile())).rejects.toMatchObject({ exitCode: EXIT.RECEIPTS });
    expect(await readFile(path, "utf8")).toBe(edited);

    const unsigned = await sampleChain(2, { signer });
    const bare = toJsonlExport(makeHeader(unsigned, [], "x"), unsigned);
    await writeFile(path, bare);
    const refused = await deposit(cliFile()).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(CliError);
    expect((refused as CliError).message).toMatch(/not anchored|no signature/i);
    expect(await readFile(path, "utf8")).toBe(bare);
  });
});
