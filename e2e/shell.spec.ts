import { expect, test } from "./support/fixtures";
import { expectNoSidewaysScroll } from "./support/layout";
import { AppShell } from "./pages/app-shell";

const PAGES = [
  { label: "Overview", heading: "Overview" },
  { label: "Deployments", heading: "Deployments" },
  { label: "Deploy", heading: "New deployment" },
  { label: "Providers", heading: "Providers" },
  { label: "Receipts", heading: "Receipts" },
  { label: "Settings", heading: "Settings" },
];

test("every page renders in the shell, reachable from the navigation", async ({ page }, testInfo) => {
  const shell = new AppShell(page, testInfo.project.name === "phone");
  await shell.open("/");
  for (const { label, heading } of PAGES) {
    await shell.navigate(label);
    await expect(shell.heading).toHaveText(heading);
  }
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});

test("navigation is a sidebar on desktop and a bottom bar with a drawer on a phone", async ({
  page,
}, testInfo) => {
  const isPhone = testInfo.project.name === "phone";
  await new AppShell(page, isPhone).open("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  // Exactly one main navigation is exposed at a time: the other one is display:none.
  await expect(nav).toHaveCount(1);
  if (isPhone) {
    await expect(nav.getByRole("button", { name: "More" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Providers" })).toBeHidden();
    await expectNoSidewaysScroll(page);
  } else {
    await expect(nav.getByRole("link", { name: "Providers" })).toBeVisible();
    await expect(nav.getByRole("button", { name: "More" })).toBeHidden();
  }
});

test("the theme switches to dark and stays dark after a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).not.toHaveClass(/dark/);
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
});

test("the header shows the local network and its block height, live", async ({ page }, testInfo) => {
  const shell = new AppShell(page, testInfo.project.name === "phone");
  await shell.open("/");
  await expect(shell.networkStatus).toContainText("Local network");
  await expect(shell.blockHeight).toHaveText(/^#\d/);
  const first = Number((await shell.blockHeight.textContent())?.replace(/\D/g, ""));
  await expect
    .poll(async () => Number((await shell.blockHeight.textContent())?.replace(/\D/g, "")), {
      timeout: 10_000,
    })
    .toBeGreaterThan(first);
});
