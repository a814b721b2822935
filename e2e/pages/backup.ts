// Page object for the settings page's local data: export (plain or encrypted) and import.
import type { Download, Locator, Page } from "@playwright/test";

export class BackupPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/settings");
    await this.page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  }

  get section(): Locator {
    return this.page.getByRole("region", { name: "Local data" });
  }

  get preview(): Locator {
    return this.page.getByLabel("Import preview");
  }

  get error(): Locator {
    return this.section.getByRole("alert");
  }

  get status(): Locator {
    return this.section.getByRole("status");
  }

  async export(passphrase?: string): Promise<Download> {
    if (passphrase) {
      await this.section.getByLabel("Encrypt with a passphrase").check();
      await this.section.getByLabel("Passphrase", { exact: true }).fill(passphrase);
      await this.section.getByLabel("Passphrase again").fill(passphrase);
    }
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.section.getByRole("button", { name: "Export", exact: true }).click(),
    ]);
    return download;
  }

  async pick(name: string, text: string): Promise<void> {
    await this.section
      .getByLabel("Backup file")
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  }

  async decrypt(passphrase: string): Promise<void> {
    await this.section.getByLabel(/^Passphrase of /).fill(passphrase);
    await this.section.getByRole("button", { name: "Decrypt" }).click();
  }

  async confirmImport(): Promise<void> {
    await this.section.getByRole("button", { name: "Import", exact: true }).click();
  }
}
