// The receipts `akash-console` writes (cli/receipts-file.ts: the JSONL export in receipts format 2,
// attested with the CLI's key) import into the browser's Receipts panel, where they show, verify
// and count as anchored like the browser's own. The file is written by the CLI's writer here,
// without a chain; the CLI's integration test (cli/cli.integration.test.ts) writes one through
// real deploys and checks it against the chain.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { ReceiptsFile } from "../cli/receipts-file";
import { adr036SignDoc, type HeadAttestation } from "../src/features/receipts/core/attestation";
import { expect, test } from "./support/fixtures";
import { ReceiptsPage } from "./pages/receipts";

test("a receipts file written by the CLI imports into the panel, shows its attempts and verifies", async ({
  page,
  stack,
}) => {
  const dir = await mkdtemp(join(tmpdir(), "cli-receipts-"));
  try {
    const tenant = stack.localnet.accounts.find((a) => a.name === "tenant-2")!;
    // The CLI's key signs the head as its context.ts does (ADR-036 over the attestation text).
    const key = await Secp256k1HdWallet.fromMnemonic(tenant.mnemonic, { prefix: "akash" });
    const attest = async (text: string): Promise<HeadAttestation> => {
      const { signature } = await key.signAmino(tenant.address, adr036SignDoc(tenant.address, text));
      return {
        kind: "adr036",
        signer: tenant.address,
        pubKey: signature.pub_key.value,
        signature: signature.signature,
        data: text,
      };
    };
    const file = new ReceiptsFile(join(dir, "ci.jsonl"), attest);
    const who = {
      network: { id: "local", name: "local" },
      chainId: stack.localnet.chainId,
      walletName: "akash-console CLI",
      signer: tenant.address,
    };
    const create = await file.begin({
      ...who,
      action: "create",
      target: { owner: tenant.address, dseq: "4242" },
      reason: "ci: release v1",
    });
    await file.markBroadcast(create, "AB".repeat(32), {
      mode: "direct",
      signDocSha256: "cd".repeat(32),
      accountNumber: "7",
      sequence: "0",
    });
    await file.complete(create, { state: "success", txHash: "AB".repeat(32), height: 7 });
    const close = await file.begin({
      ...who,
      action: "close",
      target: { owner: tenant.address, dseq: "4242" },
      reason: "ci: done",
    });
    await file.complete(close, { state: "failed", code: 5, rawLog: "insufficient funds" });
    const text = await readFile(join(dir, "ci.jsonl"), "utf8");
    expect(text.split("\n")[1]).toContain('"schemaVersion":2');

    const receipts = new ReceiptsPage(page);
    await receipts.open();
    await receipts.importFile("ci.jsonl", text);
    await expect(page.getByRole("status").filter({ hasText: "Imported 5 receipts" })).toBeVisible();
    await expect(receipts.count).toHaveText("2 signing attempts, 5 receipts");
    // Both attempts are listed for the CLI's deployment; one opens with the CLI's reason and name.
    await expect(receipts.rows.filter({ hasText: "dseq 4242" })).toHaveCount(2);
    await receipts.rows.filter({ hasText: "Create deployment" }).click();
    await expect(receipts.drawer).toContainText("ci: release v1");
    await expect(receipts.drawer).toContainText(`${tenant.address} (akash-console CLI)`);
    await expect(receipts.drawer).toContainText('"signDocSha256"');
    await receipts.drawer.getByRole("button", { name: "Close", exact: true }).click();
    // The file's attestation came with it: the CLI's key anchors every receipt it wrote.
    await expect(page.getByTestId("anchor-status")).toContainText(
      "All 5 receipts are anchored by the signature of the wallet that made them.",
    );
    await receipts.verify();
    await expect(receipts.verifyResult).toContainText("OK: 5 receipts");
    await expect(receipts.verifyResult).toContainText("Verified: intact, and anchored");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
