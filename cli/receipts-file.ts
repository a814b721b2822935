// The CLI's receipts: the browser's receipt format (version 2) and hash chain
// (features/receipts/core), kept in a JSONL export file (a header line, then one receipt per line)
// that the browser imports and `npm run verify-receipts` verifies. Every write re-reads and
// re-verifies the chain (it must be anchored: every receipt covered by its own wallet's
// signature), appends one sealed entry and rewrites the header (count, head, attestations: the
// key's new one over the whole chain, any other wallet's kept) to a temporary file renamed over
// the old one, so a crash leaves the old file or the new one, never half of one. Callers hold the
// account lock (lock.ts): one writer at a time.
import { randomUUID } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { buildBeginBody, buildNextBody, outcomeResponse } from "../src/features/receipts/core/build";
import type { BeginReceipt, ReceiptOutcome } from "../src/features/receipts/core/build";
import { sealReceipt } from "../src/features/receipts/core/canonical";
import { attestationText, type HeadAttestation } from "../src/features/receipts/core/attestation";
import { makeHeader, toJsonlExport } from "../src/features/receipts/core/export-format";
import type {
  Receipt,
  ReceiptResponse,
  ReceiptState,
  SignedBytes,
} from "../src/features/receipts/core/receipt";
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

  /** The receipts in the file, after checking every hash, link and attestation; [] when there is no file. */
  async read(): Promise<Receipt[]> {
    return (await this.load()).receipts;
  }

  private async load(): Promise<{ receipts: Receipt[]; attestations: HeadAttestation[] }> {
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return { receipts: [], attestations: [] };
      throw new CliError(EXIT.RECEIPTS, `Cannot read the receipts file ${this.path}: ${String(err)}`);
    }
    if (!text.trim()) return { receipts: [], attestations: [] };
    const report = await verifyExportText(text);
    if (!report.ok)
      throw new CliError(
        EXIT.RECEIPTS,
        `The receipts file ${this.path} does not verify, so nothing was signed:\n  ${report.lines.join("\n  ")}`,
      );
    // Anchored: every attestation in it checked out.
    return {
      receipts: report.receipts as Receipt[],
      attestations: report.attestations as HeadAttestation[],
    };
  }

  private async append(body: Parameters<typeof sealReceipt>[0]): Promise<Receipt> {
    const { receipts, attestations } = await this.load();
    const sealed = await sealReceipt(body, receipts.at(-1)?.sha256 ?? null);
    const all = [...receipts, sealed];
    const at = this.now().toISOString();
    const own = this.attest ? await this.attest(attestationText(sealed.sha256, all.length, at)) : null;
    const kept = own ? attestations.filter((a) => a.signer !== own.signer) : attestations;
    const header = makeHeader(all, own ? [...kept, own] : kept, at);
    const tmp = `${this.path}.${process.pid}.tmp`;
    await writeFile(tmp, toJsonlExport(header, all), { mode: 0o644 });
    await rename(tmp, this.path);
    return sealed;
  }

  private meta() {
    return { id: randomUUID(), timestamp: this.now().toISOString() };
  }

  async begin(input: BeginReceipt): Promise<Receipt> {
    return this.append(await buildBeginBody(input, this.meta()));
  }

  private async advance(
    attempt: Receipt | string,
    state: ReceiptState,
    response: Partial<ReceiptResponse>,
    signed?: SignedBytes,
  ) {
    const id = typeof attempt === "string" ? attempt : attempt.attempt;
    const latest = (await this.read()).filter((r) => r.attempt === id).at(-1);
    if (!latest) throw new CliError(EXIT.RECEIPTS, `No receipt for attempt ${id} in ${this.path}.`);
    if (latest.state !== "pending") return latest;
    return this.append(buildNextBody(latest, state, response, this.meta(), signed));
  }

  /** Signed, about to broadcast: the tx hash and the hash of the bytes the key signed. */
  markBroadcast(attempt: Receipt | string, txHash: string, signed?: SignedBytes): Promise<Receipt> {
    return this.advance(attempt, "pending", { txHash }, signed);
  }

  complete(attempt: Receipt | string, outcome: ReceiptOutcome): Promise<Receipt> {
    return this.advance(attempt, outcome.state, outcomeResponse(outcome));
  }

  // The browser's store marks the attempts its pipeline drives so that settlement in the page does
  // not race it; one CLI process is the only writer (it holds the account lock), so there is none.
  drive(_attempt: string): void {}

  release(_attempt: string): void {}
}
