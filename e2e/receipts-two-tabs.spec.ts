// Journey: one tenant, two tabs of the same browser, both creating a deployment at the same
// moment. The two signing attempts race for the receipts store (and for the account sequence);
// the result must be one intact receipt chain holding both, in whichever order they won.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { FakeKeplr } from "./support/fake-keplr";
import { AppShell } from "./pages/app-shell";
import { DeployFlow } from "./pages/deploy";
import { ReceiptsPage } from "./pages/receipts";
import { SdlStudio } from "./pages/sdl-studio";
import { WalletPage } from "./pages/wallet";

/** The first tab connects Keplr; the second finds it connected, as cosmos-kit restores it. */
async function readyToDeploy(page: Page, isPhone: boolean, tab: "first" | "second"): Promise<DeployFlow> {
  await new AppShell(page, isPhone).open("/new");
  const wallet = new WalletPage(page);
  if (tab === "first") await wallet.connect("Keplr");
  await expect(wallet.walletButton).toBeVisible();
  const studio = new SdlStudio(page);
  // The second tab opens the draft the first one autosaved, as the studio does for any new tab.
  if (tab === "first") await studio.pickTemplate("Web server (nginx)");
  else await studio.waitForEditor();
  return new DeployFlow(page);
}

test("two tabs creating deployments at once leave one intact receipt chain with both", async ({
  page,
  context,
  stack,
}, testInfo) => {
  test.setTimeout(180_000);
  const isPhone = testInfo.project.name === "phone";
  // One wallet for the whole browser, as with the real extension.
  await FakeKeplr.install(context, stack.localnet.accounts, {
    account: "tenant",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const first = await readyToDeploy(page, isPhone, "first");
  const secondPage = await context.newPage();
  const second = await readyToDeploy(secondPage, isPhone, "second");

  await Promise.all([first.createFromStudio("1"), second.createFromStudio("1")]);
  const dseqs = [first.dseqFromUrl(), second.dseqFromUrl()];
  expect(dseqs[0]).not.toBe(dseqs[1]);
  await secondPage.close();

  const receipts = new ReceiptsPage(page);
  await receipts.open();
  for (const dseq of dseqs) {
    await receipts.filters.getByLabel("Dseq").fill(dseq);
    await expect(receipts.rows).toHaveCount(1);
    await expect(receipts.rows.first()).toContainText("Create deployment");
    await expect(receipts.rows.first()).toContainText("Succeeded");
  }
  await receipts.filters.getByLabel("Dseq").fill("");
  await receipts.verify();
  await expect(receipts.verifyResult).toContainText("every hash and link checks out");
});
