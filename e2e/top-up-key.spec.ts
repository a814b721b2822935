// Top-up without a custodian (#18): the owner sets up a top-up key (made and encrypted in this
// browser; a deposit grant and a deposits-only fee allowance from the wallet, no funds), a runway
// target above what the escrow has, and a runtime cap. While the tab is open the key signs a
// top-up that moves the time the deployment runs out past where it was, within the grant, never
// past the cap; then it stops. The top-up has its receipt.
import { expect, test } from "./support/fixtures";
import { connectTenant, escrowRunwaySec as runwaySec, retryOutOfGas as once, webSdl } from "./support/chain";
import { FakeKeplr } from "./support/fake-keplr";
import { AppShell } from "./pages/app-shell";
import { DeployFlow } from "./pages/deploy";
import { WalletPage } from "./pages/wallet";

test("a top-up key keeps a deployment funded past its end, within its grant, up to the cap", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(180_000);
  const isPhone = testInfo.project.name === "phone";
  const localnet = stack.localnet!;
  const blockTimeSec = localnet.blockTimeMs / 1000;
  const account = localnet.accounts.find((a) => a.name === "tenant")!;
  const tenant = await connectTenant({ mnemonic: account.mnemonic, rpc: localnet.rpc, rest: localnet.rest });
  try {
    const dseq = 300_000 + (Date.now() % 1_000_000) * 10 + (isPhone ? 5 : 0);
    await once(() => tenant.createDeployments([dseq], webSdl({ priceUact: 100 }), "500000"));
    const [bid] = await tenant.waitForBids(dseq, 1);
    await once(() => tenant.createLease(dseq, bid!));
    const before = await runwaySec(tenant, dseq, blockTimeSec);
    const endsBefore = Date.now() + before * 1000;

    await FakeKeplr.install(page, localnet.accounts, {
      account: "tenant",
      mode: isPhone ? "mobile-web" : "extension",
    });
    await new AppShell(page, isPhone).open(`/deployments/${dseq}`);
    await new WalletPage(page).connect("Keplr");
    const panel = page
      .getByRole("region", { name: "Keep it funded" })
      .or(page.locator('[aria-label="Keep it funded"]'));
    const keyForm = panel.getByRole("form", { name: "Set up a top-up key" });
    await keyForm.getByLabel("Deposits up to (ACT)").fill("2");
    await keyForm.getByLabel("Fees up to (AKT)").fill("0.5");
    await keyForm.getByRole("button", { name: "Set up the top-up key" }).click();
    const flow = new DeployFlow(page);
    await expect(flow.review).toContainText("may deposit up to 2 ACT of yours");
    await expect(flow.review).toContainText("Only for: MsgAccountDeposit");
    await flow.signAndWait("Grant spend");
    await flow.closeTxDialog("Grant spend");
    await expect(panel.getByTestId("top-up-key-left")).toHaveText("2 ACT");

    // Target above the runway it has; a cap a little further out than that.
    const targetH = Math.ceil((before / 3600) * 1.2 * 100) / 100;
    const capH = Math.round((before / 3600) * 1.5 * 100) / 100;
    await panel.getByLabel("Keep at least (hours)").fill(String(targetH));
    await panel.getByLabel("Stop funding after (hours from now)").fill(String(capH));
    await panel.getByLabel("Sign top-ups with the top-up key").check();
    const savedAt = Date.now();
    await panel.getByRole("button", { name: "Save" }).click();

    // The runner signs with the key, no dialog: the grant shrinks, the runway grows to the cap.
    await expect(panel.getByTestId("top-up-key-left")).not.toHaveText("2 ACT", { timeout: 60_000 });
    await expect(panel.getByTestId("top-up-plan")).toContainText("no more top-ups", { timeout: 30_000 });
    const after = await runwaySec(tenant, dseq, blockTimeSec);
    const endsAfter = Date.now() + after * 1000;
    expect(endsAfter).toBeGreaterThan(endsBefore + 60_000);
    expect(endsAfter).toBeLessThanOrEqual(savedAt + capH * 3_600_000 + 30_000);
    const left = (await panel.getByTestId("top-up-key-left").textContent()) ?? "";
    expect(Number(left.replace(/[^\d.]/g, ""))).toBeGreaterThan(0);
    await page.screenshot({ path: testInfo.outputPath("top-up.png"), fullPage: true });

    // Stopped at the cap: a later check signs nothing more.
    await page.waitForTimeout(20_000);
    await expect(panel.getByTestId("top-up-key-left")).toHaveText(left);

    // The top-up has its receipt, signed by the top-up key.
    await new AppShell(page, isPhone).navigate("Receipts");
    const topUps = page.getByRole("button", { name: new RegExp(`^Top-up Succeeded .* dseq ${dseq} `) });
    await expect(topUps).toHaveCount(1);
    await topUps.click();
    await expect(page.getByText("Top-up key").first()).toBeVisible();
  } finally {
    tenant.disconnect();
  }
});
