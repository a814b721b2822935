// Page object for the wallet: the header button and menu, the connect modal, and the balance
// cards of the Overview page.
import type { Locator, Page } from "@playwright/test";

export class WalletPage {
  constructor(readonly page: Page) {}

  get header(): Locator {
    return this.page.getByRole("banner");
  }

  get connectButton(): Locator {
    return this.header.getByRole("button", { name: "Connect wallet" });
  }

  get walletButton(): Locator {
    return this.page.getByTestId("wallet-button");
  }

  get walletName(): Locator {
    return this.page.getByTestId("wallet-name");
  }

  get shortAddress(): Locator {
    return this.page.getByTestId("wallet-address");
  }

  get modal(): Locator {
    return this.page.getByRole("dialog", { name: "Connect a wallet" });
  }

  option(name: string): Locator {
    return this.modal
      .getByRole("list", { name: "Wallets" })
      .getByRole("listitem")
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async openModal(): Promise<void> {
    await this.connectButton.click();
    await this.modal.waitFor();
  }

  /** Opens the modal from the header and picks a wallet ("Keplr", "Local key"). */
  async connect(name: string): Promise<void> {
    await this.openModal();
    await this.modal.getByRole("button", { name: `Connect ${name}`, exact: true }).click();
  }

  async openMenu(): Promise<Locator> {
    await this.walletButton.click();
    return this.page.getByRole("menu", { name: "Wallet" });
  }

  async disconnect(): Promise<void> {
    const menu = await this.openMenu();
    await menu.getByRole("menuitem", { name: "Disconnect" }).click();
  }

  balance(kind: "act" | "akt" | "escrow"): Locator {
    return this.page.getByTestId(`balance-${kind}`);
  }
}
