// Page object for the deploy flow: the studio's deploy dialog, the transaction review and its
// phases, live bids, the lease card (manifest, status, URIs, logs) and the manage panel.
import { expect, type Locator, type Page } from "@playwright/test";

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

  manage(): Locator {
    return this.page.locator('[aria-label="Manage deployment"]');
  }
}
