import { describe, expect, it } from "vitest";
import { attestationText } from "./attestation";
import { makeHeader, toJsonlExport } from "./export-format";
import { ATTACKER_KEY, SAMPLE_KEY, addressOf, attestHead, signStatement } from "../testing/keys";
import { sampleChain } from "../testing/sample-chain";
import { verifyExportText, verifyReceipts } from "./verify-export";

async function setup() {
  const owner = await addressOf(SAMPLE_KEY);
  const other = await addressOf(ATTACKER_KEY);
  const receipts = await sampleChain(3, { signer: owner });
  const exportWith = (...a: Awaited<ReturnType<typeof attestHead>>[]) =>
    toJsonlExport(makeHeader(receipts, a, "2026-11-21T20:00:00.000Z"), receipts);
  return { owner, other, receipts, exportWith };
}

describe("head attestation and anchoring", () => {
  it("anchors every receipt of the wallet whose ADR-036 signature covers the head", async () => {
    const { owner, receipts, exportWith } = await setup();
    const report = await verifyExportText(exportWith(await attestHead(SAMPLE_KEY, receipts)));
    expect(report).toMatchObject({ ok: true, verdict: "anchored" });
    expect(report.lines).toContain(`Signed by ${owner}: its receipts among the first 6 are anchored.`);
    expect(report.anchoring).toMatchObject({ total: 6, anchored: 6, notCovered: 0, firstUnanchored: null });
  });

  it("reports the receipts after the signed head as not covered", async () => {
    const { receipts, exportWith } = await setup();
    const report = await verifyExportText(exportWith(await attestHead(SAMPLE_KEY, receipts, 4)));
    expect(report.verdict).toBe("unanchored");
    expect(report.anchoring).toMatchObject({ anchored: 4, notCovered: 2, firstUnanchored: 4 });
    expect(report.lines).toContain(
      "Unanchored: 2 of 6 receipts are not anchored (2 receipts after the signed head are not covered).",
    );
  });

  it("anchors each wallet's receipts only by that wallet's signature", async () => {
    const { owner, other } = await setup();
    const mine = await sampleChain(2, { signer: owner });
    const theirs = await sampleChain(1, { signer: other, prev: mine.at(-1)!.sha256, idPrefix: "o" });
    const chain = [...mine, ...theirs];
    const onlyMine = await verifyReceipts(chain, [await attestHead(SAMPLE_KEY, chain)]);
    expect(onlyMine.verdict).toBe("unanchored");
    expect(onlyMine.lines.at(-1)).toBe(
      `Unanchored: 2 of 6 receipts are not anchored (2 receipts of ${other} have no signature of that wallet).`,
    );
    const both = await verifyReceipts(chain, [
      await attestHead(SAMPLE_KEY, chain),
      await attestHead(ATTACKER_KEY, chain),
    ]);
    expect(both).toMatchObject({ verdict: "anchored", anchoring: { anchored: 6 } });
  });

  it("rejects a signature claimed by another address", async () => {
    const { other, receipts, exportWith } = await setup();
    const data = attestationText(receipts.at(-1)!.sha256, receipts.length, "2026-11-21T20:00:00.000Z");
    const report = await verifyExportText(exportWith(await signStatement(SAMPLE_KEY, data, other)));
    expect(report.verdict).toBe("broken");
    expect(report.lines.join(" ")).toContain("does not belong to the signer address");
  });

  it("rejects a statement edited after signing", async () => {
    const { receipts, exportWith } = await setup();
    const a = await attestHead(SAMPLE_KEY, receipts);
    const report = await verifyExportText(
      exportWith({ ...a, data: a.data.replace('"count":6', '"count":5') }),
    );
    expect(report.verdict).toBe("broken");
    expect(report.lines.join(" ")).toContain("the signature does not match the signed statement");
  });
});
