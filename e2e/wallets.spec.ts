// Leap and Cosmostation, tested like Keplr: each injected through its own page API as cosmos-kit
// calls it (window.leap; window.cosmostation.cosmos.request + its Keplr-compatible provider),
// with keys held in Node. Each connects (the console suggests the local chain), signs a
// deployment's creation that the chain accepts, and follows a switch to another account.
import { expect, test } from "./support/fixtures";
import { FakeKeplr, type Brand } from "./support/fake-keplr";
import { AppShell } from "./pages/app-shell";
import { DeployFlow } from "./pages/deploy";
import { SdlStudio } from "./pages/sdl-studio";
import { WalletPage } from "./pages/wallet";

const WALLETS: { brand: Brand; name: string }[] = [
  { brand: "leap", name: "Leap" },
  { brand: "cosmostation", name: "Cosmostation" },
];

for (const { brand, name } of WALLETS) {
  test(`${name}: connect, sign a deployment's creation, follow an account switch`, async ({
    page,
    stack,
  }, testInfo) => {
    const isPhone = testInfo.project.name === "phone";
    const localnet = stack.localnet;
    const fake = await FakeKeplr.install(page, localnet.accounts, { account: "tenant", brand });
    const wallet = new WalletPage(page);
    const flow = new DeployFlow(page);
    await new AppShell(page, isPhone).open("/new");

    await wallet.connect(name);
    await expect(wallet.modal).toBeHidden();
    await expect(wallet.walletName).toHaveText(name);
    await expect(wallet.shortAddress).toHaveText(`${fake.address.slice(0, 9)}…${fake.address.slice(-4)}`);
    // The wallet did not know the local chain: the console suggested it, with its endpoints.
    expect(fake.suggestedChains).toHaveLength(1);
    expect(JSON.stringify(fake.suggestedChains[0])).toContain(localnet.chainId);

    await new SdlStudio(page).pickTemplate("Web server (nginx)");
    await page.getByRole("button", { name: /^Deploy/ }).click();
    await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
    await flow.sign(/^Create deployment \d+$/);
    await page.waitForURL(/\/deployments\/\d+$/, { timeout: 30_000 });
    const signed = fake.callsOf("signDirect");
    expect(signed).toHaveLength(1);
    expect(signed[0]?.args.slice(0, 2)).toEqual([localnet.chainId, fake.address]);
    // The chain has it, owned by the wallet's account.
    const dseq = flow.dseqFromUrl();
    const res = await fetch(
      `${localnet.rest}/akash/deployment/v1beta4/deployments/info?id.owner=${fake.address}&id.dseq=${dseq}`,
    );
    expect(res.status).toBe(200);

    // Switch on the overview (this deployment page belongs to the first account).
    const shell = new AppShell(page, isPhone);
    await shell.navigate("Overview");
    await expect(shell.heading.first()).toHaveText("Overview");
    const second = localnet.accounts.find((a) => a.name === "tenant-2")!;
    await fake.switchAccount("tenant-2");
    await expect(wallet.shortAddress).toHaveText(`${second.address.slice(0, 9)}…${second.address.slice(-4)}`);
    await expect(wallet.walletName).toHaveText(name);
  });
}
