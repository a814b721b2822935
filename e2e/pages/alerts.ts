// Page object for the alerts page: notifications, the alert list, the rule editor, run-out times.
import type { Locator, Page } from "@playwright/test";

export class AlertsPage {
  constructor(readonly page: Page) {}

  get notifyState(): Locator {
    return this.page.getByTestId("notify-state");
  }

  get entries(): Locator {
    return this.page.getByTestId("alert-entry");
  }

  get editor(): Locator {
    return this.page.getByRole("form", { name: "New alert rule" });
  }

  get rules(): Locator {
    return this.page.getByRole("list", { name: "Alert rules" });
  }

  get runOuts(): Locator {
    return this.page.getByRole("list", { name: "Run-out times" });
  }

  /** The header bell's unread count. */
  get bellCount(): Locator {
    return this.page.getByTestId("alert-count");
  }

  async addEscrowRule(dseq: string, hours: string): Promise<void> {
    await this.editor.getByLabel("Alert when").selectOption("escrow-hours");
    await this.editor.getByLabel("For").selectOption(dseq);
    await this.editor.getByLabel("Escrow lasts under (hours)").fill(hours);
    await this.editor.getByRole("button", { name: "Add rule" }).click();
  }
}

/** Records every Notification the page constructs (the real one is still shown). */
export function recordNotifications(): void {
  const Real = window.Notification;
  const seen: { title: string; body: string | undefined; tag: string | undefined }[] = [];
  (window as unknown as { __notifications: typeof seen }).__notifications = seen;
  class Recorded extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options);
      seen.push({ title, body: options?.body, tag: options?.tag });
    }
  }
  window.Notification = Recorded;
}

export function notificationsOf(page: Page) {
  return page.evaluate(
    () =>
      (window as unknown as { __notifications?: { title: string; body?: string; tag?: string }[] })
        .__notifications ?? [],
  );
}
