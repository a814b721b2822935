// Journey: a Keplr account on a Ledger, which can only sign amino JSON (Keplr refuses signDirect
// for Ledger keys), creates a deployment from the studio, adds funds and closes it. Every
// signature is an amino one over the console's Akash converters, and the chain accepts each.
import type { StdSignDoc } from "@cosmjs/amino";
import { expect, test } from "./support/fixtures";
import { FakeKeplr } from "./support/fake-keplr";
import { AppShell } from "./pages/app-shell";
import { DeployFlow } from "./pages/deploy";
import { SdlStudio } from "./pages/sdl-studio";
import { WalletPage } from "./pages/wallet";

interface InfoJson {
  deployment: { state: string };
  escrow_account: { state: { funds: { denom: string; amount: string }[] } };
}

test("a Ledger account creates, funds and closes a deployment, signing amino JSON", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(120_000);
  const isPhone = testInfo.project.name === "phone";
  const keplr = await FakeKeplr.install(page, stack.localnet.accounts, {
    account: "tenant",
    mode: isPhone ? "mobile-web" : "extension",
    ledger: true,
  });
  const wallet = new WalletPage(page);
  const flow = new DeployFlow(page);
  await new AppShell(page, isPhone).open("/new");
  await wallet.connect("Keplr");
  await expect(wallet.walletName).toHaveText("Keplr · amino");
  await new SdlStudio(page).pickTemplate("Web server (nginx)");

  await page.getByRole("button", { name: /^Deploy/ }).click();
  await flow.deployDialog.getByLabel("Deposit (ACT)").fill("1");
  await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
  await expect(page.getByTestId("tx-amino-note")).toContainText("amino JSON");
  await flow.sign(/^Create deployment \d+$/);
  await page.waitForURL(/\/deployments\/\d+$/, { timeout: 30_000 });
  const dseq = flow.dseqFromUrl();
  const info = () =>
    page.request
      .get(
        `${stack.localnet.rest}/akash/deployment/v1beta4/deployments/info?id.owner=${keplr.address}&id.dseq=${dseq}`,
      )
      .then((r) => r.json() as Promise<InfoJson>);
  expect((await info()).deployment.state).toBe("active");

  await flow.manage().getByLabel("Add funds (ACT)").fill("0.5");
  await flow.manage().getByRole("button", { name: "Deposit" }).click();
  await flow.signAndWait(`Add funds to deployment ${dseq}`);
  await flow.closeTxDialog(`Add funds to deployment ${dseq}`);
  const funds = (await info()).escrow_account.state.funds.find((f) => f.denom === "uact");
  expect(Number(funds?.amount)).toBeGreaterThan(1_000_000);

  await flow.closeDeployment(dseq);
  expect((await info()).deployment.state).toBe("closed");

  // Only amino was ever asked for: the docs carried the Akash messages under their type URLs.
  expect(keplr.callsOf("signDirect")).toHaveLength(0);
  const signed = keplr.callsOf("signAmino").map((c) => (c.args[2] as StdSignDoc).msgs.map((m) => m.type));
  expect(signed).toEqual([
    ["/akash.deployment.v1beta4.MsgCreateDeployment"],
    ["/akash.escrow.v1.MsgAccountDeposit"],
    ["/akash.deployment.v1beta4.MsgCloseDeployment"],
  ]);
});
