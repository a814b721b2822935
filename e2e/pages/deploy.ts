// Page object for the deploy flow: the studio's deploy dialog, the transaction review and its
// phases, live bids, the lease card (manifest, status, URIs, logs), the update editor (Monaco's
// diff editor, driven by the keyboard) and the manage panel.
import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";
import { MonacoEditor } from "./monaco-editor";
import { SdlStudio } from "./sdl-studio";
import { WalletPage } from "./wallet";

export class DeployFlow {
  constructor(readonly page: Page) {}

  get deployDialog(): Locator {
    return this.page.getByRole("dialog", { name: "Deploy" });
  }
  get review(): Locator {
    return this.page.getByTestId("tx-review");
  }
  get fee(): Locator {
    return this.page.getByTestId("tx-fee");
  }
  get bids(): Locator {
    return this.page.getByTestId("bid-row");
  }
  get bidsPanel(): Locator {
    return this.page.getByRole("region", { name: "Bids" }).or(this.page.locator('[aria-label="Bids"]'));
  }
  get leaseCard(): Locator {
    return this.page.getByTestId("lease-card");
  }
  get logs(): Locator {
    return this.page.getByTestId("logs-output");
  }

  /** The open transaction dialog, whatever its title. */
  txDialog(title: string | RegExp): Locator {
    return this.page.getByRole("dialog", { name: title });
  }

  /** Approves the review (the fee is shown) in the wallet; returns the fee as shown. */
  async sign(title: string | RegExp): Promise<string> {
    const dialog = this.txDialog(title);
    await expect(this.fee).toHaveText(/\d+(\.\d+)? AKT/);
    const fee = (await this.fee.textContent()) ?? "";
    await dialog.getByRole("button", { name: /^Sign in / }).click();
    return fee;
  }

  /** Signs and waits until the transaction is included. */
  async signAndWait(title: string | RegExp): Promise<string> {
    const fee = await this.sign(title);
    await expect(this.txDialog(title).getByText(/Included at height \d+/)).toBeVisible({ timeout: 30_000 });
    return fee;
  }

  async closeTxDialog(title: string | RegExp): Promise<void> {
    const dialog = this.txDialog(title);
    if (await dialog.isVisible()) await dialog.getByRole("button", { name: /^(Done|Close)$/ }).click();
  }

  /** Where a deploy starts: the studio, Keplr connected, a template picked. */
  async startFromTemplate(isPhone: boolean, template: string): Promise<void> {
    await new AppShell(this.page, isPhone).open("/new");
    await new WalletPage(this.page).connect("Keplr");
    await new SdlStudio(this.page).pickTemplate(template);
  }

  async createFromStudio(depositAct?: string): Promise<string> {
    await this.page.getByRole("button", { name: /^Deploy/ }).click();
    if (depositAct) await this.deployDialog.getByLabel("Deposit (ACT)").fill(depositAct);
    await this.deployDialog.getByRole("button", { name: "Create deployment" }).click();
    const fee = await this.sign(/^Create deployment \d+$/);
    // Once included, the console opens the new deployment's page.
    await this.page.waitForURL(/\/deployments\/\d+$/, { timeout: 30_000 });
    return fee;
  }

  dseqFromUrl(): string {
    const m = /\/deployments\/(\d+)/.exec(this.page.url());
    if (!m?.[1]) throw new Error(`not on a deployment page: ${this.page.url()}`);
    return m[1];
  }

  /** Closes the deployment from the manage panel: confirm, sign, wait for inclusion. */
  async closeDeployment(dseq: string): Promise<void> {
    await this.manage().getByRole("button", { name: "Close deployment" }).click();
    await this.page
      .getByRole("dialog", { name: `Close deployment ${dseq}?` })
      .getByRole("button", { name: "Close it" })
      .click();
    await this.signAndWait(`Close deployment ${dseq}`);
  }

  manage(): Locator {
    return this.page.locator('[aria-label="Manage deployment"]');
  }

  get updatePanel(): Locator {
    return this.page.locator('[aria-label="Update deployment"]');
  }
  /** The editable side of the update's diff editor (the deployed SDL is the read-only side). */
  get updateEditor(): MonacoEditor {
    return new MonacoEditor(
      this.page,
      this.updatePanel.locator('[data-testid="update-editor"] .editor.modified'),
    );
  }
  get updateChanges(): Locator {
    return this.updatePanel.getByTestId("update-changes");
  }

  async openUpdateEditor(): Promise<void> {
    await this.updatePanel.getByRole("button", { name: "Edit SDL" }).click();
    await this.updateEditor.lines.waitFor();
  }

  /** The update's diff as Monaco renders it: the deployed lines it removes, the lines it adds. */
  async updateDiff(): Promise<{ removed: string[]; added: string[] }> {
    const added = await this.updateEditor.decoratedLineTexts("line-insert");
    const host = this.updatePanel.getByTestId("update-editor");
    // Inline (a narrow editor), removed lines are drawn between the edited ones; side by side,
    // they are marked in the deployed SDL on the left.
    const inline = await host.evaluate((root) =>
      [...root.querySelectorAll(".editor.modified .view-zones .line-delete .view-line")].map((l) =>
        (l.textContent ?? "").replace(/\u00a0/g, " "),
      ),
    );
    const removed = inline.length
      ? inline
      : await new MonacoEditor(this.page, host.locator(".editor.original")).decoratedLineTexts("line-delete");
    return { removed, added };
  }
}
