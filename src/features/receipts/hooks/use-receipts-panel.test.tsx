// The receipts page's state on a real store (fake-indexeddb): attempts and filters, an import that
// verifies and one that does not, and the broken entry verification points at.
import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderHookWithApp } from "@/test/render";
import { makeHeader, toJsonExport } from "../core/export-format";
import { ReceiptStore } from "../store/receipt-store";
import { sampleChain } from "../testing/sample-chain";
import { useReceiptsPanel } from "./use-receipts-panel";

async function setup(attempts = 4) {
  const receipts = new ReceiptStore({ dbName: `panel-${crypto.randomUUID()}`, channel: null });
  await receipts.importReceipts(await sampleChain(attempts));
  const app = renderHookWithApp(() => useReceiptsPanel(), { receipts });
  await waitFor(() => expect(app.result.current.allRows).toHaveLength(attempts));
  // jsdom's File has no text(); a browser's does.
  const file = (text: string) =>
    Object.assign(new File([text], "receipts.json", { type: "application/json" }), {
      text: async () => text,
    });
  return { ...app, file };
}

describe("useReceiptsPanel", () => {
  it("lists signing attempts, filters them, and names the networks they were made on", async () => {
    const { result } = await setup(5);
    expect(result.current.seenNetworks).toEqual([
      { id: "local", name: "Local network" },
      { id: "sandbox", name: "Sandbox" },
    ]);
    act(() => result.current.setFilter({ ...result.current.filter, state: "failed" }));
    expect(result.current.rows.map((r) => r.latest.state)).toEqual(["failed"]);
    expect(result.current.allRows).toHaveLength(5);
  });

  it("imports an export that verifies and says how many receipts came in", async () => {
    const { result, file } = await setup(2);
    const foreign = await sampleChain(2, { idPrefix: "other" });
    const text = toJsonExport(makeHeader(foreign, null, "2026-11-21T20:00:00.000Z"), foreign);
    await act(() => result.current.importFile(file(text)));
    expect(await screen.findByText("Imported 4 receipts")).toBeTruthy();
    await waitFor(() => expect(result.current.allRows).toHaveLength(4));
    expect(result.current.importFailure).toBeNull();
  });

  it("refuses an export that does not verify, says why, and changes nothing", async () => {
    const { result, file } = await setup(2);
    const chain = await sampleChain(2, { idPrefix: "other" });
    const tampered = chain.map((r, i) => (i === 1 ? { ...r, reason: "edited afterwards" } : r));
    await act(() =>
      result.current.importFile(
        file(toJsonExport(makeHeader(chain, null, "2026-11-21T20:00:00.000Z"), tampered)),
      ),
    );
    expect(result.current.importFailure?.join(" ")).toMatch(/hash|does not match|changed/i);
    expect(result.current.allRows).toHaveLength(2);
  });

  it("opens the entry verification found broken", async () => {
    const { result, receipts } = await setup(2);
    const stored = await receipts.list();
    act(() => result.current.showBroken(3));
    expect(result.current.open).toEqual({ attempt: stored[3]!.attempt, entryId: stored[3]!.id });
    expect(result.current.openRow?.attempt).toBe(stored[3]!.attempt);
  });
});
