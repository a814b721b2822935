// Page object for the grants page: the "Authorize a wallet" form and the given / received lists.
import { expect, type Locator, type Page } from "@playwright/test";

export class GrantsPage {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole("form", { name: "Authorize a wallet" });
  }

  given(address: string): Locator {
    return this.page.locator(`[data-testid="grant-row-given"][data-address="${address}"]`);
  }

  received(address: string): Locator {
    return this.page.locator(`[data-testid="grant-row-held"][data-address="${address}"]`);
  }

  /** Fills the form: ACT for deposits, AKT for fees (a daily limit when `perDayAkt`), for `days`. */
  async fill(p: { grantee: string; depositAct: string; feeAkt: string; days: string; perDayAkt?: string }) {
    await this.form.getByLabel("Wallet to authorize").fill(p.grantee);
    await this.form.getByLabel("Up to (ACT)").fill(p.depositAct);
    await this.form.getByLabel("Up to (AKT) in total").fill(p.feeAkt);
    if (p.perDayAkt) {
      await this.form.getByLabel("Limit per day").selectOption("daily");
      await this.form.getByLabel("Per day (AKT)").fill(p.perDayAkt);
    }
    await this.form.getByLabel("Valid for (days)").fill(p.days);
    await expect(this.form.getByRole("button", { name: "Grant" })).toBeEnabled();
    await this.form.getByRole("button", { name: "Grant" }).click();
  }
}
