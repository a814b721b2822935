// Page objects for the deployments list and the deployment detail page.
import { appPath } from "../support/app-path";
import type { Locator, Page } from "@playwright/test";

export class DeploymentsPage {
  constructor(readonly page: Page) {}

  async open(query = ""): Promise<void> {
    await this.page.goto(appPath(`/deployments${query}`));
    await this.page.getByRole("heading", { level: 1, name: "Deployments" }).waitFor();
  }

  get addressForm(): Locator {
    return this.page.getByRole("form", { name: "View an address" });
  }

  async viewAddress(address: string): Promise<void> {
    await this.addressForm.getByLabel("Akash address").fill(address);
    await this.addressForm.getByRole("button", { name: "View deployments" }).click();
  }

  get ownerAddress(): Locator {
    return this.page.getByTestId("owner-address");
  }

  get search(): Locator {
    return this.page.getByLabel("Search");
  }

  get stateFilter(): Locator {
    return this.page.getByLabel("State");
  }

  /** On a phone, state and sort are folded under one "Filters" control. */
  async openFilters(): Promise<void> {
    const toggle = this.page.getByRole("button", { name: /^Filters/ });
    if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) !== "true")
      await toggle.click();
  }

  get rows(): Locator {
    return this.page.getByTestId("deployment-row");
  }

  row(dseq: number | string): DeploymentRowObject {
    return new DeploymentRowObject(this.page.locator(`[data-testid="deployment-row"][data-dseq="${dseq}"]`));
  }
}

export class DeploymentRowObject {
  constructor(readonly root: Locator) {}
  get provider(): Locator {
    return this.root.getByTestId("row-provider");
  }
  get cost(): Locator {
    return this.root.getByTestId("row-cost");
  }
  get timeLeft(): Locator {
    return this.root.getByTestId("row-time-left");
  }
  get escrow(): Locator {
    return this.root.getByTestId("row-escrow");
  }
  get resources(): Locator {
    return this.root.getByTestId("row-resources");
  }
  get link(): Locator {
    return this.root.getByRole("link").first();
  }
}

export class DeploymentDetailPage {
  constructor(readonly page: Page) {}

  get summary(): Locator {
    return this.page.getByTestId("summary-panel");
  }
  get cost(): Locator {
    return this.page.getByTestId("summary-cost");
  }
  get timeLeft(): Locator {
    return this.page.getByTestId("summary-time-left");
  }
  get leases(): Locator {
    return this.page.getByTestId("lease-item");
  }
}

/** "19 d 6 h", "5 h 12 min", "12 min", "45 s" → seconds (the lower bound of what is shown). */
export function parseDuration(text: string): number {
  const units: Record<string, number> = {
    y: 365 * 86_400,
    mo: 30.437 * 86_400,
    d: 86_400,
    h: 3600,
    min: 60,
    s: 1,
  };
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)\s*(y|mo|d|h|min|s)\b/g))
    total += Number(n) * (units[unit ?? ""] ?? 0);
  return total;
}

export interface ShownTimeLeft {
  /** the shown duration, as its lower bound in seconds */
  seconds: number;
  /** the blocks left the tooltip states */
  blocks: number;
  /** the seconds per block the tooltip says the estimate assumes */
  blockTimeSec: number;
}

/** Reads a time left as shown: "33 d 1 h", titled "2,857,139 blocks at 0.961 s a block". */
export async function readTimeLeft(timeLeft: Locator): Promise<ShownTimeLeft> {
  const title = await timeLeft.locator("[title]").first().getAttribute("title");
  const m = /^([\d,]+) blocks at (\d+\.\d+) s a block$/.exec(title ?? "");
  if (!m) throw new Error(`no "N blocks at S s a block" in ${JSON.stringify(title)}`);
  return {
    seconds: parseDuration((await timeLeft.textContent()) ?? ""),
    blocks: Number(m[1]!.replaceAll(",", "")),
    blockTimeSec: Number(m[2]),
  };
}
