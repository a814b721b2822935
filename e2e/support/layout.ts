// Layout checks every journey shares.
import { expect, type Page } from "@playwright/test";

/** A phone user never scrolls sideways: the page is no wider than the viewport. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
