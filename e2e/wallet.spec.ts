import { expect, test } from "./support/fixtures";
import { expectNoSidewaysScroll } from "./support/layout";
import { connectTenant } from "./support/chain";
import { FakeKeplr } from "./support/fake-keplr";
import { AppShell } from "./pages/app-shell";
import { WalletPage } from "./pages/wallet";

interface Coin {
  denom: string;
  amount: string;
}

/** What the chain says, read in Node over the REST gateway: the numbers the page must show. */
async function chainBalances(rest: string, address: string) {
  const bank = (await (await fetch(`${rest}/cosmos/bank/v1beta1/balances/${address}`)).json()) as {
    balances: Coin[];
  };
  const amount = (denom: string) => bank.balances.find((c) => c.denom === denom)?.amount ?? "0";
  const list = (await (
    await fetch(
      `${rest}/akash/deployment/v1beta4/deployments/list?filters.owner=${address}&filters.state=active&pagination.limit=1000`,
    )
  ).json()) as { deployments: { escrow_account: { state: { funds: Coin[] } } }[] };
  const escrow = list.deployments
    .flatMap((d) => d.escrow_account.state.funds)
    .filter((c) => c.denom === "uact")
    .reduce((sum, c) => sum + Number(c.amount), 0);
  return { uakt: amount("uakt"), uact: amount("uact"), escrowUact: String(escrow) };
}

test("Keplr connects through the modal, shows the chain's balances, follows an account switch, disconnects", async ({
  page,
  context,
  stack,
}, testInfo) => {
  const localnet = stack.localnet;
  const isPhone = testInfo.project.name === "phone";
  const keplr = await FakeKeplr.install(page, localnet.accounts, {
    account: "tenant",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const wallet = new WalletPage(page);
  await new AppShell(page, isPhone).open("/");

  await wallet.connect("Keplr");
  await expect(wallet.modal).toBeHidden();
  await expect(wallet.walletName).toHaveText("Keplr");
  const tenant = keplr.address;
  await expect(wallet.shortAddress).toHaveText(`${tenant.slice(0, 9)}…${tenant.slice(-4)}`);
  // Keplr did not know the local chain: the console suggested it, with the network's endpoints.
  expect(keplr.suggestedChains).toHaveLength(1);
  expect(keplr.suggestedChains[0]).toMatchObject({
    chainId: localnet.chainId,
    rpc: localnet.rpc,
    rest: localnet.rest,
    bech32Config: { bech32PrefixAccAddr: "akash" },
  });

  const expected = await chainBalances(localnet.rest, tenant);
  await expect(wallet.balance("act")).toHaveAttribute("data-micro", expected.uact);
  await expect(wallet.balance("akt")).toHaveAttribute("data-micro", expected.uakt);
  await expect(wallet.balance("escrow")).toHaveAttribute("data-micro", expected.escrowUact);
  await expect(wallet.balance("act")).toHaveText(/ ACT$/);
  if (isPhone) await expectNoSidewaysScroll(page);

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const menu = await wallet.openMenu();
  await menu.getByRole("menuitem", { name: "Copy address" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Address copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(tenant);

  // The other account funds a deployment first, so its balances and escrow differ from tenant's.
  const second = localnet.accounts.find((a) => a.name === "tenant-2")!;
  const chain = await connectTenant({ mnemonic: second.mnemonic, rpc: localnet.rpc, rest: localnet.rest });
  try {
    await chain.createDeployments([700_000 + (Date.now() % 100_000) * 10 + (isPhone ? 5 : 0)]);
  } finally {
    chain.disconnect();
  }
  await keplr.switchAccount("tenant-2");
  expect(keplr.address).toBe(second.address);
  await expect(wallet.shortAddress).toHaveText(`${second.address.slice(0, 9)}…${second.address.slice(-4)}`);
  const otherBalances = await chainBalances(localnet.rest, second.address);
  expect(otherBalances.escrowUact).not.toBe("0");
  await expect(wallet.balance("act")).toHaveAttribute("data-micro", otherBalances.uact);
  await expect(wallet.balance("escrow")).toHaveAttribute("data-micro", otherBalances.escrowUact);

  await wallet.disconnect();
  await expect(wallet.connectButton).toBeVisible();
  await expect(page.getByRole("heading", { name: "Connect your wallet to begin" })).toBeVisible();
  await page.reload();
  await expect(wallet.connectButton).toBeVisible();
});

test("a connection rejected in Keplr is shown as rejected; a retry connects and survives a reload", async ({
  page,
  stack,
}, testInfo) => {
  const isPhone = testInfo.project.name === "phone";
  const keplr = await FakeKeplr.install(page, stack.localnet.accounts, {
    account: "tenant",
    mode: isPhone ? "mobile-web" : "extension",
    knownChains: ["akashnet-2", stack.localnet.chainId],
  });
  const wallet = new WalletPage(page);
  await page.goto("/");
  keplr.rejectNext(["getKey"]);
  await wallet.connect("Keplr");
  await expect(wallet.modal.getByRole("alert")).toHaveText("The request was rejected in Keplr.");
  await wallet.modal.getByRole("button", { name: "Connect Keplr", exact: true }).click();
  await expect(wallet.modal).toBeHidden();
  await expect(wallet.walletName).toHaveText("Keplr");
  // The session is restored after a reload, without opening the modal again.
  await page.reload();
  await expect(wallet.walletName).toHaveText("Keplr");
  await expect(wallet.shortAddress).toHaveText(`${keplr.address.slice(0, 9)}…${keplr.address.slice(-4)}`);
});

test("a test signature from Keplr verifies, and one rejected in Keplr is shown as rejected", async ({
  page,
  stack,
}, testInfo) => {
  const isPhone = testInfo.project.name === "phone";
  const keplr = await FakeKeplr.install(page, stack.localnet.accounts, {
    account: "tenant",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const wallet = new WalletPage(page);
  await page.goto("/settings");
  await wallet.connect("Keplr");
  const section = page.getByRole("region", { name: "Wallet" });
  await expect(section).toContainText(keplr.address);
  await expect(section).toContainText("Direct");
  await section.getByRole("button", { name: "Sign a test message" }).click();
  await expect(section.getByRole("status")).toHaveText(
    "Signature verified: this wallet signs for this address.",
  );
  expect(keplr.callsOf("signArbitrary")).toHaveLength(1);

  keplr.rejectNext();
  await section.getByRole("button", { name: "Sign a test message" }).click();
  await expect(section.getByRole("alert")).toHaveText(
    "You rejected the signature in the wallet. Nothing was signed.",
  );
  expect(keplr.callsOf("signArbitrary")).toHaveLength(2);
});

test("a Ledger account in Keplr signs amino, and says so", async ({ page, stack }, testInfo) => {
  await FakeKeplr.install(page, stack.localnet.accounts, {
    account: "tenant",
    mode: testInfo.project.name === "phone" ? "mobile-web" : "extension",
    ledger: true,
  });
  const wallet = new WalletPage(page);
  await page.goto("/settings");
  await wallet.connect("Keplr");
  await expect(wallet.walletName).toHaveText("Keplr · amino");
  await expect(page.getByRole("region", { name: "Wallet" })).toContainText(
    "Amino (this account cannot sign direct",
  );
});

test("the local key wallet works with no extension, and survives a reload", async ({
  page,
  stack,
}, testInfo) => {
  const tenant = stack.localnet.accounts.find((a) => a.name === "tenant")!;
  const wallet = new WalletPage(page);
  await page.goto("/");
  await wallet.openModal();
  if (testInfo.project.name !== "phone") {
    await expect(wallet.option("Keplr")).toContainText("Not installed");
    await expect(wallet.option("Keplr").getByRole("link", { name: "Install" })).toBeVisible();
  }
  await wallet.modal.getByRole("button", { name: "Connect Local key", exact: true }).click();
  await expect(wallet.modal).toBeHidden();
  await expect(wallet.walletName).toHaveText("Local key");
  await expect(wallet.shortAddress).toHaveText(`${tenant.address.slice(0, 9)}…${tenant.address.slice(-4)}`);
  const expected = await chainBalances(stack.localnet.rest, tenant.address);
  await expect(wallet.balance("act")).toHaveAttribute("data-micro", expected.uact);

  await page.reload();
  await expect(wallet.walletName).toHaveText("Local key");
  // The mnemonic is never persisted by the console.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain(tenant.mnemonic.split(" ").slice(0, 3).join(" "));
});

test("with neither an extension nor a local key, the modal says no wallet is installed", async ({
  page,
  guard,
}, testInfo) => {
  // Mainnet offers no local key; its endpoints are unreachable from the test machine (aborted).
  guard.allowMainnetEndpoints();
  await page.goto("/settings");
  await page.getByLabel("Network", { exact: true }).selectOption("mainnet");
  const wallet = new WalletPage(page);
  await wallet.openModal();
  const notice = wallet.modal.getByRole("status");
  await expect(notice).toContainText(
    testInfo.project.name === "phone" ? "No wallet found on this phone." : "No wallet found in this browser.",
  );
  await expect(notice.getByRole("link", { name: "Install Keplr" })).toHaveAttribute("href", /keplr\.app/);
  await expect(wallet.modal.getByRole("button", { name: "Connect Local key" })).toHaveCount(0);
});

test("any address can be viewed read-only, and a mistyped one is refused with a reason", async ({
  page,
  stack,
}) => {
  const other = stack.localnet.accounts.find((a) => a.name === "tenant-2")!;
  const wallet = new WalletPage(page);
  await page.goto("/");
  const form = page.getByRole("form", { name: "View an address read-only" });
  await form
    .getByRole("textbox")
    .fill(other.address.slice(0, -1) + (other.address.endsWith("q") ? "p" : "q"));
  await form.getByRole("button", { name: "View read-only" }).click();
  await expect(form.getByRole("alert")).toHaveText("The address has a typo (its checksum fails).");
  await form.getByRole("textbox").fill(other.address);
  await form.getByRole("button", { name: "View read-only" }).click();
  await expect(page.getByRole("status").filter({ hasText: "read-only" })).toBeVisible();
  const expected = await chainBalances(stack.localnet.rest, other.address);
  await expect(wallet.balance("act")).toHaveAttribute("data-micro", expected.uact);
  await page.getByRole("button", { name: "Stop viewing" }).click();
  await expect(page.getByRole("heading", { name: "Connect your wallet to begin" })).toBeVisible();
});
