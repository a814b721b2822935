// Live demos: presenter mode (?present, and the setting) makes type and targets larger and uses
// the full width; on the local network a first visit gets one line about what it is, and the wallet
// list starts with "Local key".
import { expect, test } from "./support/fixtures";
import { AppShell } from "./pages/app-shell";

test("?present: larger type, full width, short addresses; the setting keeps it", async ({
  page,
  stack,
}, testInfo) => {
  const isPhone = testInfo.project.name === "phone";
  if (!isPhone) await page.setViewportSize({ width: 1920, height: 1080 });
  const shell = new AppShell(page, isPhone);
  const tenant = stack.localnet!.accounts.find((a) => a.name === "tenant")!;
  const rootFontPx = () =>
    page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

  await shell.open("/");
  expect(await rootFontPx()).toBe(16);
  await shell.open(`/deployments?owner=${tenant.address}&present`);
  await expect(page.locator("html")).toHaveClass(/present/);
  expect(await rootFontPx()).toBe(20);
  await expect(page.getByTestId("owner-address")).toHaveText(
    `${tenant.address.slice(0, 10)}…${tenant.address.slice(-4)}`,
  );
  if (!isPhone) {
    // The content spans the window, not a 1,150 px column.
    const width = await page.locator("main").evaluate((m) => m.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(1500);
  }
  await page.screenshot({ path: testInfo.outputPath("deployments-present.png") });
  await shell.open("/new?present");
  await page.screenshot({ path: testInfo.outputPath("studio-present.png") });

  // Without ?present the setting decides; turned on there, it stays on after a reload.
  await shell.open("/settings");
  const toggle = page.getByLabel(/^Large type, full width/);
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page.locator("html")).toHaveClass(/present/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/present/);
  await shell.open("/?present=0");
  await expect(page.locator("html")).not.toHaveClass(/present/);
});

test("the local network's first visit says what it is in one line, and Local key comes first", async ({
  page,
}, testInfo) => {
  const shell = new AppShell(page, testInfo.project.name === "phone");
  await shell.open("/");
  const notice = page.getByRole("note", { name: "About this network" });
  await expect(notice).toHaveText(
    /Local network is a free local test network: its tokens are worth nothing, and “Local key” signs here without any wallet extension\./,
  );
  await page.getByRole("button", { name: "Connect wallet" }).first().click();
  const wallets = page
    .getByRole("dialog", { name: "Connect a wallet" })
    .getByRole("list", { name: "Wallets" });
  await expect(wallets.getByRole("listitem").first()).toContainText("Local key");
  await page.keyboard.press("Escape");
  await notice.getByRole("button", { name: "Got it" }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(shell.heading.first()).toBeVisible();
  await expect(notice).toHaveCount(0);
});
