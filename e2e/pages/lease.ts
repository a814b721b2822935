// The lease card's logs, events and shell tabs, as a user drives them.
import type { Locator, Page } from "@playwright/test";

/** xterm.js and the terminal component: the chunks that must load only when a shell opens. */
export const TERMINAL_CHUNK = /\/assets\/ShellTerminal-[\w-]+\.(js|css)/;

export class LeasePanel {
  constructor(readonly page: Page) {}

  get card(): Locator {
    return this.page.getByTestId("lease-card");
  }

  tab(name: "Logs" | "Events" | "Shell"): Locator {
    return this.card.getByRole("tab", { name });
  }

  // Logs
  get logs(): Locator {
    return this.page.getByTestId("logs-output");
  }
  get logState(): Locator {
    return this.page.getByTestId("logs-state");
  }
  get reconnected(): Locator {
    return this.page.getByTestId("logs-reconnected");
  }
  get logCount(): Locator {
    return this.page.getByTestId("logs-count");
  }
  get search(): Locator {
    return this.page.getByLabel("Search logs");
  }

  // Shell
  get terminal(): Locator {
    return this.page.getByTestId("shell-terminal");
  }
  get shellState(): Locator {
    return this.page.getByTestId("shell-state");
  }

  /** What the terminal shows, row by row (xterm's DOM renderer, which pauses while off screen). */
  async screen(): Promise<string> {
    await this.terminal.scrollIntoViewIfNeeded();
    return (await this.terminal.locator(".xterm-rows").innerText()).replace(/\u00a0/g, " ");
  }

  /** Types a command line and presses Enter, as a user would at the prompt. */
  async run(command: string): Promise<void> {
    await this.terminal.click();
    await this.page.keyboard.type(command);
    await this.page.keyboard.press("Enter");
  }
}
