// The team-lead use case (#18): the lead grants a teammate's wallet up to 100 ACT for deposits and
// 5 AKT of fees for 30 days; the teammate, with no funds of their own, deploys: the deposit comes
// from the lead's grant and the fee from the lead's allowance (Fee.granter). Then the lead
// revokes, and the teammate's next deposit from the grant is no longer offered. Two wallets in two
// browser contexts, against the local chain.
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { devices, type BrowserContext, type Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { FakeKeplr, type LocalAccount } from "./support/fake-keplr";
import { AppShell } from "./pages/app-shell";
import { DeployFlow } from "./pages/deploy";
import { GrantsPage } from "./pages/grants";
import { SdlStudio } from "./pages/sdl-studio";
import { WalletPage } from "./pages/wallet";

async function newWallet(name: string): Promise<LocalAccount> {
  const w = await DirectSecp256k1HdWallet.generate(24, { prefix: "akash" });
  const [a] = await w.getAccounts();
  return { name, address: a!.address, mnemonic: w.mnemonic };
}

async function json(url: string): Promise<Record<string, unknown>> {
  const res = await fetch(url);
  return (await res.json()) as Record<string, unknown>;
}

test("a team lead funds a teammate's deployment with a deposit grant and a fee allowance", async ({
  page,
  browser,
  stack,
}, testInfo) => {
  test.setTimeout(180_000);
  const isPhone = testInfo.project.name === "phone";
  const localnet = stack.localnet!;
  const lead = localnet.accounts.find((a) => a.name === "tenant-2")!;
  const mate = await newWallet("teammate");

  // The lead authorizes the teammate.
  const mode = isPhone ? "mobile-web" : "extension";
  await FakeKeplr.install(page, localnet.accounts, { account: "tenant-2", mode });
  const leadShell = new AppShell(page, isPhone);
  await leadShell.open("/");
  await new WalletPage(page).connect("Keplr");
  await leadShell.navigate("Grants");
  const grants = new GrantsPage(page);
  await grants.fill({ grantee: mate.address, depositAct: "100", feeAkt: "5", days: "30" });
  const leadFlow = new DeployFlow(page);
  await expect(leadFlow.review).toContainText("may deposit up to 100 ACT of yours");
  await expect(leadFlow.review).toContainText("up to 5 AKT in total");
  await leadFlow.signAndWait("Grant spend");
  await leadFlow.closeTxDialog("Grant spend");
  await expect(grants.given(mate.address).getByTestId("deposit-left")).toHaveText("100 ACT");
  await expect(grants.given(mate.address).getByTestId("fee-left")).toHaveText("5 AKT");
  await page.screenshot({ path: testInfo.outputPath("lead-grants.png"), fullPage: true });

  // The teammate, in another browser, holds no coin at all.
  const mateContext: BrowserContext = await browser.newContext({
    ...devices[isPhone ? "Pixel 7" : "Desktop Chrome"],
    baseURL: process.env.E2E_BASE_URL,
    serviceWorkers: "block",
  });
  const matePage: Page = await mateContext.newPage();
  try {
    const balances = await json(`${localnet.rest}/cosmos/bank/v1beta1/balances/${mate.address}`);
    expect(balances.balances).toEqual([]);
    await FakeKeplr.install(matePage, [mate], { account: "teammate", mode });
    const mateShell = new AppShell(matePage, isPhone);
    await mateShell.open("/grants");
    await new WalletPage(matePage).connect("Keplr");
    const mateGrants = new GrantsPage(matePage);
    await expect(mateGrants.received(lead.address).getByTestId("deposit-left")).toHaveText("100 ACT");

    await mateShell.navigate("Deploy");
    await new SdlStudio(matePage).pickTemplate("Web server (nginx)");
    const flow = new DeployFlow(matePage);
    await matePage.getByRole("button", { name: /^Deploy/ }).click();
    await expect(flow.deployDialog.getByTestId("deposit-source")).toHaveValue("grant");
    // The minimum deposit, typed: the default follows the runway (a day at the maximum price).
    await flow.deployDialog.getByLabel("Deposit (ACT)").fill("0.5");
    await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
    const review = flow.review;
    await expect(review).toContainText(
      `Drawn first from the deposit grant of ${lead.address} (100 ACT left)`,
    );
    // No AKT in the wallet: the lead's allowance is preselected to pay the fee.
    await expect(matePage.getByTestId("tx-fee-payer")).toHaveValue(lead.address);
    await matePage.screenshot({ path: testInfo.outputPath("mate-review.png"), fullPage: true });
    await flow.sign(/^Create deployment \d+$/);
    await matePage.waitForURL(/\/deployments\/\d+$/, { timeout: 30_000 });
    const dseq = flow.dseqFromUrl();

    // On chain: the deployment's escrow was paid by the lead's grant, its fee by the lead's allowance.
    const info = await json(
      `${localnet.rest}/akash/deployment/v1beta4/deployments/info?id.owner=${mate.address}&id.dseq=${dseq}`,
    );
    const deposits = JSON.stringify(info);
    expect(deposits).toContain(lead.address);
    const after = await json(`${localnet.rest}/cosmos/bank/v1beta1/balances/${mate.address}`);
    expect(after.balances).toEqual([]);
    await mateShell.navigate("Grants");
    await expect(mateGrants.received(lead.address).getByTestId("deposit-left")).toHaveText("99.5 ACT");
    await expect(mateGrants.received(lead.address).getByTestId("fee-left")).not.toHaveText("5 AKT");

    // The lead revokes both; the teammate's deploy no longer offers the grant.
    await page.reload();
    await grants.given(mate.address).getByRole("button", { name: "Revoke" }).click();
    await leadFlow.signAndWait(/^Revoke grant/);
    await leadFlow.closeTxDialog(/^Revoke grant/);
    await expect(grants.given(mate.address)).toHaveCount(0);
    await matePage.reload();
    await expect(mateGrants.received(lead.address)).toHaveCount(0);
  } finally {
    await mateContext.close();
  }
});
