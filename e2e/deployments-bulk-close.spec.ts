// Journey: a tenant selects several of their deployments in the list and closes them all with
// one confirmation and one signature; the chain closes each, and the escrow comes back.
import { expect, test } from "./support/fixtures";
import { connectTenant, type Tenant } from "./support/chain";
import { DeployFlow } from "./pages/deploy";
import { DeploymentsPage } from "./pages/deployments";
import { WalletPage } from "./pages/wallet";
import { FakeKeplr } from "./support/fake-keplr";

interface InfoJson {
  deployment: { state: string };
}

test.describe("bulk close", () => {
  let tenant: Tenant;
  let dseqs: number[] = [];

  test.beforeAll(async ({ stack }, testInfo) => {
    const localnet = stack.localnet;
    const account = localnet.accounts.find((a) => a.name === "tenant");
    if (!account) throw new Error("the local network has no tenant account");
    tenant = await connectTenant({ mnemonic: account.mnemonic, rpc: localnet.rpc, rest: localnet.rest });
    const base = 700_000 + (Date.now() % 1_000_000) * 10 + (testInfo.project.name === "phone" ? 5 : 0);
    dseqs = [base + 1, base + 2];
    await tenant.createDeployments(dseqs);
  });

  test.afterAll(() => tenant?.disconnect());

  test("select two deployments, confirm once, sign once: both close", async ({ page, stack }, testInfo) => {
    await FakeKeplr.install(page, stack.localnet.accounts, {
      account: "tenant",
      mode: testInfo.project.name === "phone" ? "mobile-web" : "extension",
    });
    const list = new DeploymentsPage(page);
    await list.open();
    await new WalletPage(page).connect("Keplr");
    // Selection is a mode: no checkboxes until the tenant asks for them.
    await expect(page.getByLabel(`Select deployment ${dseqs[0]}`)).toHaveCount(0);
    await page.getByRole("button", { name: "Select", exact: true }).click();
    for (const dseq of dseqs) await page.getByLabel(`Select deployment ${dseq}`).check();

    const bar = page.getByRole("region", { name: "Selected deployments" });
    await expect(bar).toContainText("2 selected");
    await bar.getByRole("button", { name: "Close 2 selected" }).click();
    const confirm = page.getByRole("dialog", { name: "Close 2 deployments?" });
    for (const dseq of dseqs) await expect(confirm).toContainText(String(dseq));
    await confirm.getByRole("button", { name: "Close them" }).click();
    const flow = new DeployFlow(page);
    await flow.signAndWait("Close 2 deployments");
    await flow.closeTxDialog("Close 2 deployments");

    for (const dseq of dseqs) {
      const info = await tenant.rest<InfoJson>(
        `/akash/deployment/v1beta4/deployments/info?id.owner=${tenant.address}&id.dseq=${dseq}`,
      );
      expect(info.deployment.state).toBe("closed");
    }
    await expect(bar).toContainText("Tick active deployments");
    for (const dseq of dseqs) await expect(page.getByLabel(`Select deployment ${dseq}`)).toHaveCount(0);
  });
});
