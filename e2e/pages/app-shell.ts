// Page object for the app shell: navigation (sidebar or phone bar + drawer) and the header.
import { appPath } from "../support/app-path";
import type { Locator, Page } from "@playwright/test";

export class AppShell {
  constructor(
    readonly page: Page,
    readonly isPhone: boolean,
  ) {}

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  get networkStatus(): Locator {
    return this.page.getByTestId("network-status");
  }

  get blockHeight(): Locator {
    return this.page.getByTestId("block-height");
  }

  async open(path = "/"): Promise<void> {
    await this.page.goto(appPath(path));
    await this.heading.first().waitFor();
  }

  /** Navigates like a user: sidebar on desktop, bottom bar or "More" drawer on a phone. */
  async navigate(label: string): Promise<void> {
    const nav = this.page.getByRole("navigation", { name: "Main" });
    const direct = nav.getByRole("link", { name: label, exact: true });
    if (!this.isPhone || (await direct.count()) > 0) {
      await direct.click();
      return;
    }
    await nav.getByRole("button", { name: "More" }).click();
    await this.page
      .getByRole("dialog", { name: "More pages" })
      .getByRole("link", { name: label, exact: true })
      .click();
  }
}
