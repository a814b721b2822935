// The receipts page on a real store (fake-indexeddb): an empty chain says how to get a first
// receipt; a chain is counted, verified, filtered, and each attempt opens with its entries.
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import { ReceiptStore } from "../store/receipt-store";
import { sampleChain } from "../testing/sample-chain";
import { ReceiptsPanel } from "./ReceiptsPanel";

async function setup(attempts: number) {
  cleanup();
  // jsdom has no layout: give the virtualized list a viewport to fill, as a browser would.
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 600 });
  const receipts = new ReceiptStore({ dbName: `panel-${crypto.randomUUID()}`, channel: null });
  if (attempts) await receipts.importReceipts(await sampleChain(attempts));
  renderWithApp(<ReceiptsPanel />, { receipts });
  return { receipts };
}

describe("ReceiptsPanel", () => {
  it("says how to get a first receipt when there is none", async () => {
    await setup(0);
    expect(await screen.findByText("No receipts yet")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Create a deployment" }).getAttribute("href")).toBe("/new");
    expect(screen.queryByRole("button", { name: "Verify" })).toBeNull();
  });

  it("counts attempts and receipts, and verifies the whole chain", async () => {
    await setup(3);
    expect((await screen.findByTestId("receipt-count")).textContent).toBe("3 signing attempts, 6 receipts");
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    expect((await screen.findByTestId("verify-result")).textContent).toMatch(
      /OK: 6 receipts, every hash and link checks out\./,
    );
  });

  it("filters attempts by state and opens one with its entries", async () => {
    await setup(4);
    await screen.findByTestId("receipt-count");
    fireEvent.change(screen.getByLabelText("State"), { target: { value: "rejected" } });
    expect(screen.getByTestId("receipt-count").textContent).toBe("1 of 4 signing attempts match");
    const row = await screen.findByTestId("receipt-row");
    fireEvent.click(row);
    const drawer = await screen.findByRole("dialog", { name: /^Receipt #8: Send manifest$/ });
    expect(
      within(drawer)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toContain("Close");
    fireEvent.click(within(drawer).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: /^Receipt #8/ })).toBeNull());
  });
});
