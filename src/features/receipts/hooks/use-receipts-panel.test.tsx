// The receipts page's state on a real store (fake-indexeddb): attempts and filters, imports that
// verify and the whole tamper corpus that must not, the same corpus planted in the browser's store
// and caught by Verify, signing the head, and the entry a finding points at.
import { act, screen, waitFor } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { renderHookWithApp } from "@/test/render";
import type { HeadAttestation } from "../core/attestation";
import { makeHeader, parseExport, toJsonExport } from "../core/export-format";
import type { Receipt } from "../core/receipt";
import { ReceiptStore } from "../store/receipt-store";
import { ATTACKER_KEY, SAMPLE_KEY, addressOf, signStatement } from "../testing/keys";
import { sampleChain } from "../testing/sample-chain";
import { tamperCorpus, type TamperCorpus } from "../testing/tamper-corpus";
import type { HeadSigner } from "./use-chain-actions";
import { useReceiptsPanel } from "./use-receipts-panel";

let corpus: TamperCorpus;
beforeAll(async () => {
  corpus = await tamperCorpus();
});

// jsdom's File has no text(); a browser's does.
const file = (text: string) =>
  Object.assign(new File([text], "receipts.json", { type: "application/json" }), { text: async () => text });

/** A wallet that signs like signArbitrary, with a test key. */
async function walletOf(key: Uint8Array): Promise<HeadSigner> {
  const address = await addressOf(key);
  return {
    address,
    sign: async (data) => {
      const { pubKey, signature } = await signStatement(key, data);
      return { signer: address, pubKey, signature };
    },
  };
}

async function setup(opts: { receipts?: Receipt[]; attestations?: unknown[]; signer?: HeadSigner } = {}) {
  const receipts = new ReceiptStore({ dbName: `panel-${crypto.randomUUID()}`, channel: null });
  // Written as they are, unchecked: what someone with access to the browser profile can do.
  if (opts.receipts) await receipts.importReceipts(opts.receipts);
  for (const a of opts.attestations ?? []) await receipts.saveAttestation(a as HeadAttestation);
  const app = renderHookWithApp(() => useReceiptsPanel({ signer: opts.signer }), { receipts });
  await waitFor(() => expect(app.result.current.receipts).not.toBeNull());
  return { ...app, store: receipts };
}

describe("useReceiptsPanel", () => {
  it("lists signing attempts, filters them, and names the networks they were made on", async () => {
    const { result } = await setup({ receipts: await sampleChain(5) });
    expect(result.current.seenNetworks).toEqual([
      { id: "local", name: "Local network" },
      { id: "sandbox", name: "Sandbox" },
    ]);
    act(() => result.current.setFilter({ ...result.current.filter, state: "failed" }));
    expect(result.current.rows.map((r) => r.latest.state)).toEqual(["failed"]);
    expect(result.current.allRows).toHaveLength(5);
  });

  it("imports a signed export with its signature: every receipt is anchored here too", async () => {
    const { result } = await setup();
    await act(() => result.current.importFile(file(corpus.genuine.json)));
    expect(await screen.findByText("Imported 12 receipts")).toBeTruthy();
    await waitFor(() => expect(result.current.anchoring).toMatchObject({ total: 12, anchored: 12 }));
    await act(() => result.current.actions.runVerify());
    expect(result.current.actions.report).toMatchObject({ verdict: "anchored" });
  });

  it("refuses an unsigned export unless the tenant imports it anyway, and then it is not anchored", async () => {
    const { result } = await setup();
    const foreign = await sampleChain(2, { idPrefix: "other" });
    const text = toJsonExport(makeHeader(foreign, [], "2026-11-21T20:00:00.000Z"), foreign);
    await act(() => result.current.importFile(file(text)));
    expect(result.current.importFailure?.lines.join(" ")).toMatch(/No wallet attestation/);
    expect(result.current.importFailure?.file).not.toBeNull();
    expect(result.current.allRows).toHaveLength(0);
    await act(() => result.current.importFile(result.current.importFailure!.file!, true));
    await waitFor(() => expect(result.current.allRows).toHaveLength(2));
    await waitFor(() => expect(result.current.anchoring).toMatchObject({ total: 4, anchored: 0 }));
  });

  it("refuses every tampered export on import, says why, offers no override for a broken one, changes nothing", async () => {
    for (const c of corpus.cases) {
      const { result, unmount } = await setup({ receipts: await sampleChain(1, { idPrefix: "mine" }) });
      await act(() => result.current.importFile(file(c.text)));
      const failure = result.current.importFailure;
      expect(failure, c.name).not.toBeNull();
      expect(failure!.lines.join("\n"), c.name).toMatch(c.why);
      expect({ name: c.name, overridable: failure!.file !== null }).toEqual({
        name: c.name,
        overridable: c.expect === "unanchored",
      });
      expect(result.current.receipts, c.name).toHaveLength(2);
      unmount();
    }
  });

  it("names every tampering planted in the browser's own store when Verify runs", async () => {
    for (const c of corpus.cases.filter((x) => x.inStore)) {
      const { receipts, attestations } = parseExport(c.text);
      const { result, unmount } = await setup({ receipts: receipts as Receipt[], attestations });
      await act(() => result.current.actions.runVerify());
      const report = result.current.actions.report!;
      expect({ name: c.name, verdict: report.verdict }).toEqual({ name: c.name, verdict: c.expect });
      expect(report.lines.join("\n"), c.name).toMatch(c.why);
      unmount();
    }
  });

  it("signs the head with the wallet that made the receipts and counts what is not anchored", async () => {
    const signer = await walletOf(SAMPLE_KEY);
    const { result, store } = await setup({ receipts: await sampleChain(3), signer });
    await waitFor(() => expect(result.current.anchoring).toMatchObject({ total: 6, anchored: 0 }));
    await act(() => result.current.sign());
    expect(await screen.findByText("Chain head signed")).toBeTruthy();
    await waitFor(() => expect(result.current.anchoring).toMatchObject({ anchored: 6 }));
    const [a] = await store.getAttestations();
    expect(a?.signer).toBe(signer.address);
  });

  it("will not sign with a wallet that made none of the receipts", async () => {
    const { result, store } = await setup({
      receipts: await sampleChain(1),
      signer: await walletOf(ATTACKER_KEY),
    });
    await act(() => result.current.sign());
    expect(
      await screen.findByText(/signed none of these receipts, so its signature would anchor nothing/),
    ).toBeTruthy();
    expect(await store.getAttestations()).toEqual([]);
  });

  it("opens the entry a finding points at", async () => {
    const { result, store } = await setup({ receipts: await sampleChain(2) });
    const stored = await store.list();
    act(() => result.current.showReceipt(3));
    expect(result.current.open).toEqual({ attempt: stored[3]!.attempt, entryId: stored[3]!.id });
    expect(result.current.openRow?.attempt).toBe(stored[3]!.attempt);
  });
});
