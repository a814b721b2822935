import { Secp256k1Wallet } from "@cosmjs/amino";
import { describe, expect, it } from "vitest";
import { adr036SignDoc, attestationText, type HeadAttestation } from "./attestation";
import { makeHeader, toJsonlExport } from "./export-format";
import { sampleChain } from "../testing/sample-chain";
import { verifyExportText } from "./verify-export";

async function setup() {
  const key = crypto.getRandomValues(new Uint8Array(32));
  const wallet = await Secp256k1Wallet.fromKey(key, "akash");
  const address = (await wallet.getAccounts())[0]?.address;
  const receipts = await sampleChain(3);
  // What Keplr's signArbitrary does: sign the ADR-036 amino doc.
  const attest = async (count: number, signer = address!): Promise<HeadAttestation> => {
    const data = attestationText(receipts[count - 1]!.sha256, count, "2026-11-21T20:00:00.000Z");
    const { signature } = await wallet.signAmino(address!, adr036SignDoc(address!, data));
    return { kind: "adr036", signer, data, pubKey: signature.pub_key.value, signature: signature.signature };
  };
  const exportWith = (a: HeadAttestation) =>
    toJsonlExport(makeHeader(receipts, a, "2026-11-21T20:00:00.000Z"), receipts);
  return { address: address!, receipts, attest, exportWith };
}

describe("head attestation", () => {
  it("verifies an owner's ADR-036 signature over the head it covers", async () => {
    const { address, attest, exportWith } = await setup();
    const report = await verifyExportText(exportWith(await attest(4)));
    expect(report.ok).toBe(true);
    expect(report.lines).toContain(`Signed by ${address}: the first 4 receipts are attested.`);
  });

  it("rejects a signature claimed by another address", async () => {
    const { attest, exportWith } = await setup();
    const other = (
      await (await Secp256k1Wallet.fromKey(new Uint8Array(32).fill(7), "akash")).getAccounts()
    )[0]!;
    const report = await verifyExportText(exportWith(await attest(6, other.address)));
    expect(report.ok).toBe(false);
    expect(report.lines.join(" ")).toContain("does not belong to the signer address");
  });

  it("rejects a statement edited after signing", async () => {
    const { attest, exportWith } = await setup();
    const a = await attest(6);
    const report = await verifyExportText(
      exportWith({ ...a, data: a.data.replace('"count":6', '"count":5') }),
    );
    expect(report.ok).toBe(false);
    expect(report.lines.join(" ")).toContain("the signature does not match the signed statement");
  });
});
