// Page object for the receipts panel, plus seeding and tampering of the browser's receipts
// database through the raw IndexedDB API (the layout is the one src/features/receipts/store/db.ts
// owns; the receipts themselves are built by the same code the app runs).
import { appPath } from "../support/app-path";
import type { Download, Locator, Page } from "@playwright/test";
import type { Receipt } from "../../src/features/receipts/core/receipt.ts";
import { RECEIPTS_DB, RECEIPTS_DB_VERSION } from "../../src/features/receipts/store/db.ts";

interface SeedArgs {
  name: string;
  version: number;
  /** plain JSON: Playwright's serializable-type check cannot walk the recursive Receipt type */
  receipts: unknown[];
}

/** Runs in the page: creates the database if needed and appends the receipts after the last seq. */
function seedInPage({ name, version, receipts }: SeedArgs): Promise<void> {
  return new Promise((done, fail) => {
    const open = indexedDB.open(name, version);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore("receipts", { keyPath: "seq" });
      store.createIndex("sha256", "receipt.sha256", { unique: true });
      store.createIndex("id", "receipt.id", { unique: true });
      store.createIndex("attempt", "receipt.attempt");
      store.createIndex("state", "receipt.state");
      open.result.createObjectStore("meta");
    };
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction("receipts", "readwrite");
      const count = tx.objectStore("receipts").count();
      count.onsuccess = () =>
        receipts.forEach((receipt, i) =>
          tx.objectStore("receipts").add({ seq: count.result + i + 1, receipt }),
        );
      tx.oncomplete = () => (db.close(), done());
      tx.onerror = () => fail(tx.error);
    };
  });
}

/** Runs in the page: edits one stored receipt in place, as someone with access to the profile could. */
function tamperInPage({ name, seq, reason }: { name: string; seq: number; reason: string }): Promise<void> {
  return new Promise((done, fail) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction("receipts", "readwrite");
      const get = tx.objectStore("receipts").get(seq);
      get.onsuccess = () =>
        tx.objectStore("receipts").put({ ...get.result, receipt: { ...get.result.receipt, reason } });
      tx.oncomplete = () => (db.close(), done());
      tx.onerror = () => fail(tx.error);
    };
    open.onerror = () => fail(open.error);
  });
}

export class ReceiptsPage {
  constructor(readonly page: Page) {}

  /** Seeds before the app opens the database: from a same-origin page that runs no app code. */
  async seed(receipts: Receipt[]): Promise<void> {
    await this.page.goto(appPath("/config.json"));
    const args: SeedArgs = {
      name: RECEIPTS_DB,
      version: RECEIPTS_DB_VERSION,
      receipts: receipts as unknown[],
    };
    await this.page.evaluate(seedInPage, args);
  }

  async tamper(seq: number, reason: string): Promise<void> {
    await this.page.evaluate(tamperInPage, { name: RECEIPTS_DB, seq, reason });
  }

  async open(): Promise<void> {
    await this.page.goto(appPath("/receipts"));
    await this.page.getByRole("heading", { level: 1, name: "Receipts" }).waitFor();
  }

  get count(): Locator {
    return this.page.getByTestId("receipt-count");
  }

  get rows(): Locator {
    return this.page.getByTestId("receipt-row");
  }

  get filters(): Locator {
    return this.page.getByRole("form", { name: "Filter receipts" });
  }

  get verifyResult(): Locator {
    return this.page.getByTestId("verify-result");
  }

  get drawer(): Locator {
    return this.page.getByRole("dialog");
  }

  async verify(): Promise<void> {
    await this.page.getByRole("button", { name: "Verify", exact: true }).click();
  }

  async export(format: "JSON" | "JSONL"): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: `Export ${format}`, exact: true }).click(),
    ]);
    return download;
  }

  async importFile(name: string, text: string): Promise<void> {
    await this.page.getByLabel("Import receipts file").setInputFiles({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
  }
}
