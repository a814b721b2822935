// The CLI's receipts: the browser's receipt format and hash chain (features/receipts/core), kept
// in a JSONL export file (a header line, then one receipt per line) that the browser imports and
// `npm run verify-receipts` verifies. Every write re-reads and re-verifies the chain, appends
// one sealed entry and rewrites the header (count, head, the owner's attestation) to a temporary
// file renamed over the old one, so a crash leaves the old file or the new one, never half of
// one. Callers hold the account lock (lock.ts): one writer at a time.
import { randomUUID } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { buildBeginBody, buildNextBody, outcomeResponse } from "../src/features/receipts/core/build";
import type { BeginReceipt, ReceiptOutcome } from "../src/features/receipts/core/build";
import { sealReceipt } from "../src/features/receipts/core/canonical";
import { attestationText, type HeadAttestation } from "../src/features/receipts/core/attestation";
import { makeHeader, parseExport, toJsonlExport } from "../src/features/receipts/core/export-format";
import type { Receipt, ReceiptResponse, ReceiptState } from "../src/features/receipts/core/receipt";
import { verifyExportText } from "../src/features/receipts/core/verify-export";
import { CliError, EXIT } from "./errors";

/** Signs the attestation text (ADR-036) with the account's key. */
export type AttestSigner = (text: string) => Promise<HeadAttestation>;

export class ReceiptsFile {
  constructor(
    readonly path: string,
    private readonly attest: AttestSigner | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The receipts in the file, after checking every hash and link; [] when there is no file. */
  async read(): Promise<Receipt[]> {
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw new CliError(EXIT.RECEIPTS, `Cannot read the receipts file ${this.path}: ${String(err)}`);
    }
    if (!text.trim()) return [];
    const report = await verifyExportText(text);
    if (!report.ok)
      throw new CliError(
        EXIT.RECEIPTS,
        `The receipts file ${this.path} does not verify, so nothing was signed:\n  ${report.lines.join("\n  ")}`,
      );
    return parseExport(text).receipts as Receipt[];
  }

  private async append(body: Parameters<typeof sealReceipt>[0]): Promise<Receipt> {
    const receipts = await this.read();
    const sealed = await sealReceipt(body, receipts.at(-1)?.sha256 ?? null);
    const all = [...receipts, sealed];
    const at = this.now().toISOString();
    const attestation = this.attest
      ? await this.attest(attestationText(sealed.sha256, all.length, at))
      : null;
    const tmp = `${this.path}.${process.pid}.tmp`;
    await writeFile(tmp, toJsonlExport(makeHeader(all, attestation, at), all), { mode: 0o644 });
    await rename(tmp, this.path);
    return sealed;
  }

  private meta() {
    return { id: randomUUID(), timestamp: this.now().toISOString() };
  }

  async begin(input: BeginReceipt): Promise<Receipt> {
    return this.append(await buildBeginBody(input, this.meta()));
  }

  private async advance(attempt: Receipt | string, state: ReceiptState, response: Partial<ReceiptResponse>) {
    const id = typeof attempt === "string" ? attempt : attempt.attempt;
    const latest = (await this.read()).filter((r) => r.attempt === id).at(-1);
    if (!latest) throw new CliError(EXIT.RECEIPTS, `No receipt for attempt ${id} in ${this.path}.`);
    if (latest.state !== "pending") return latest;
    return this.append(buildNextBody(latest, state, response, this.meta()));
  }

  markBroadcast(attempt: Receipt | string, txHash: string): Promise<Receipt> {
    return this.advance(attempt, "pending", { txHash });
  }

  complete(attempt: Receipt | string, outcome: ReceiptOutcome): Promise<Receipt> {
    return this.advance(attempt, outcome.state, outcomeResponse(outcome));
  }
}
