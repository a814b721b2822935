// Page object for connecting a phone wallet through WalletConnect: the pairing panel in the
// wallet modal (QR code, app link, copy link, phase) and the request dialog shown while the
// phone is asked to sign.
import { expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import type { PhoneWallet } from "../support/phone-wallet";
import { WalletPage } from "./wallet";

export class WalletConnectFlow {
  readonly wallet: WalletPage;

  constructor(
    readonly page: Page,
    readonly isPhone: boolean,
    readonly walletName = "Keplr Mobile",
  ) {
    this.wallet = new WalletPage(page);
  }

  get qr(): Locator {
    return this.wallet.modal.getByRole("img", { name: `WalletConnect code for ${this.walletName}` });
  }
  get phase(): Locator {
    return this.wallet.modal.getByTestId("walletconnect-phase");
  }
  get appLink(): Locator {
    return this.wallet.modal.getByRole("link", { name: `Open ${this.walletName}` });
  }
  get request(): Locator {
    return this.page.getByRole("dialog", { name: `Approve in ${this.walletName}` });
  }
  get requestPhase(): Locator {
    return this.request.getByTestId("walletconnect-request-phase");
  }

  /** Picks the phone wallet in the modal and waits for its code. */
  async start(): Promise<void> {
    await this.wallet.connect(this.walletName);
    await expect(this.qr).toBeVisible({ timeout: 20_000 });
  }

  /**
   * What the user does to hand the code to the phone: on a phone, tap "Open Keplr Mobile" (the
   * app opens with the link); on a desktop, "Copy link" (pasted into the app). Returns the link.
   */
  async handOver(context: BrowserContext): Promise<string> {
    if (this.isPhone) {
      await expect(this.phase).toHaveText("Open your wallet app to approve");
      await this.appLink.click();
      await expect(this.phase).toHaveText(`Waiting for approval in ${this.walletName}…`);
      // The link the phone's OS handed to the app.
      return this.page.evaluate(
        () => (window as unknown as { __appLinks: string[] }).__appLinks.at(-1) ?? "",
      );
    }
    await expect(this.appLink).toHaveCount(0);
    await expect(this.phase).toHaveText(`Waiting for approval in ${this.walletName}…`);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await this.wallet.modal.getByRole("button", { name: "Copy link" }).click();
    await expect(this.wallet.modal.getByRole("button", { name: "Link copied" })).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The whole pairing: start, hand the link over, the phone approves, the modal says so and closes. */
  async connect(context: BrowserContext, phone: PhoneWallet): Promise<void> {
    await this.start();
    await phone.pairFromLink(await this.handOver(context));
    await expect(this.wallet.modal.getByRole("status")).toHaveText(
      `Approved: ${this.walletName} is connected.`,
    );
    await expect(this.wallet.modal).toBeHidden();
    await expect(this.wallet.walletName).toHaveText(this.walletName);
  }

  /** A signature request reached the phone: the dialog asks to open the app, then waits. */
  async openAppForRequest(): Promise<void> {
    await expect(this.request).toBeVisible({ timeout: 20_000 });
    if (!this.isPhone) {
      await expect(this.requestPhase).toHaveText(`Waiting for approval in ${this.walletName}…`);
      return;
    }
    await expect(this.requestPhase).toHaveText("Open your wallet app to approve");
    await this.request.getByRole("link", { name: `Open ${this.walletName}` }).click();
    await expect(this.requestPhase).toHaveText(`Waiting for approval in ${this.walletName}…`);
  }
}
