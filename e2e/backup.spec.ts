// Portable local data (#18): a tenant deploys from a draft in one browser (a receipts chain, a
// draft, the deployment named after it), exports everything from Settings, and imports it into a
// fresh browser (another context: no shared storage): the name, the draft and a receipts chain
// that verifies are all there. The encrypted file refuses a wrong passphrase and changes nothing.
import { readFile } from "node:fs/promises";
import type { Browser, Page, TestInfo } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { FakeKeplr } from "./support/fake-keplr";
import type { E2eStack } from "./support/stack";
import { AppShell } from "./pages/app-shell";
import { BackupPage } from "./pages/backup";
import { DeployFlow } from "./pages/deploy";
import { ReceiptsPage } from "./pages/receipts";
import { SdlStudio } from "./pages/sdl-studio";
import { WalletPage } from "./pages/wallet";

interface BackupJson {
  data: {
    names: { networkId: string; owner: string; names: Record<string, string> }[];
    drafts: { name: string; sdl: string }[];
    receipts: unknown[];
  };
}

/** A browser with nothing stored: a new context, the same device as the test's project. */
async function freshBrowser(browser: Browser, stack: E2eStack, testInfo: TestInfo): Promise<Page> {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = testInfo.project.use;
  const context = await browser.newContext({
    viewport,
    userAgent,
    deviceScaleFactor,
    isMobile,
    hasTouch,
    baseURL: process.env.E2E_BASE_URL,
    serviceWorkers: "block",
  });
  await FakeKeplr.install(context, stack.localnet.accounts, {
    account: "tenant",
    mode: testInfo.project.name === "phone" ? "mobile-web" : "extension",
  });
  return context.newPage();
}

async function text(download: { path(): Promise<string | null> }): Promise<string> {
  return readFile((await download.path())!, "utf8");
}

test("local data moves to a fresh browser: names, drafts and a verifying receipts chain, encrypted too", async ({
  page,
  context,
  browser,
  stack,
}, testInfo) => {
  test.setTimeout(180_000);
  const isPhone = testInfo.project.name === "phone";
  await FakeKeplr.install(context, stack.localnet.accounts, {
    account: "tenant",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const flow = new DeployFlow(page);
  await flow.startFromTemplate(isPhone, "Web server (nginx)");
  await flow.createFromStudio("1");
  const dseq = flow.dseqFromUrl();

  const source = new BackupPage(page);
  await source.open();
  const plain = await text(await source.export());
  const file = JSON.parse(plain) as BackupJson;
  const names = file.data.names.flatMap((n) => Object.entries(n.names));
  const name = Object.fromEntries(names)[dseq]!;
  expect(name).toBeTruthy();
  expect(file.data.drafts.length).toBeGreaterThan(0);
  expect(file.data.receipts.length).toBeGreaterThanOrEqual(3);
  expect(plain).not.toMatch(/eyJ[A-Za-z0-9_-]{5,}\./); // no JWT
  await expect(source.status).toContainText(`${file.data.receipts.length} receipts`);
  const encrypted = await text(await source.export("a long enough passphrase"));
  expect(encrypted).not.toContain(name);
  expect(JSON.parse(encrypted)).toMatchObject({ encryption: { kdf: "PBKDF2-SHA-256", iterations: 600000 } });

  // A fresh browser: preview, then import.
  const fresh = await freshBrowser(browser, stack, testInfo);
  const target = new BackupPage(fresh);
  await target.open();
  await target.pick("backup.json", plain);
  const count = file.data.receipts.length;
  await expect(target.preview).toContainText(`${count} new of ${count}`);
  await expect(target.preview).toContainText("1 new"); // the name
  await target.confirmImport();
  await expect(target.status).toContainText(`OK: ${count} receipts, every hash and link checks out`);

  const receipts = new ReceiptsPage(fresh);
  await receipts.open();
  await receipts.verify();
  await expect(receipts.verifyResult).toContainText("every hash and link checks out");
  await new AppShell(fresh, isPhone).open("/deployments");
  await new WalletPage(fresh).connect("Keplr");
  await expect(fresh.getByRole("link", { name, exact: true }).first()).toBeVisible();
  const studio = new SdlStudio(fresh);
  await studio.open();
  await expect(studio.drafts.filter({ hasText: file.data.drafts[0]!.name }).first()).toBeVisible();
  // The same file again: nothing is duplicated.
  await target.open();
  await target.pick("backup.json", plain);
  await expect(target.preview).toContainText(`0 new of ${count} (${count} already here)`);
  await fresh.context().close();

  // Encrypted, in another fresh browser: a wrong passphrase is refused and changes nothing.
  const third = await freshBrowser(browser, stack, testInfo);
  const secret = new BackupPage(third);
  await secret.open();
  await secret.pick("backup.encrypted.json", encrypted);
  await secret.decrypt("not the passphrase");
  await expect(secret.error).toContainText("The passphrase is wrong");
  await expect(secret.preview).toHaveCount(0);
  await secret.decrypt("a long enough passphrase");
  await expect(secret.preview).toContainText(`${count} new of ${count}`);
  await secret.confirmImport();
  await expect(secret.status).toContainText(`OK: ${count} receipts, every hash and link checks out`);
  await third.context().close();
});
