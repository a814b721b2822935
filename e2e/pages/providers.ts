// Page object for the providers list and a provider's detail page.
import { appPath } from "../support/app-path";
import type { Locator, Page } from "@playwright/test";

export class ProvidersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(appPath("/providers"));
    await this.page.getByRole("heading", { level: 1, name: "Providers" }).waitFor();
  }

  get items(): Locator {
    return this.page.getByTestId("provider-item");
  }

  item(name: string): Locator {
    return this.items.filter({ hasText: name });
  }

  get search(): Locator {
    return this.page.getByLabel("Search");
  }

  get gpuFilter(): Locator {
    return this.page.getByLabel("GPU");
  }

  get auditedOnly(): Locator {
    return this.page.getByLabel("Audited only");
  }
}
