// Signing from a phone: Keplr Mobile through WalletConnect, on the local network's relay (no
// request leaves loopback). The simulated phone (support/phone-wallet.ts) pairs through the link
// the console shows and answers as Keplr Mobile does. The journey: connect, reload, create a
// deployment, accept a bid, close it, disconnect on both sides. Then what goes wrong: the code
// expires unapproved, the phone declines, the relay drops while a request waits.
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { handAppLinksToTheApp, PhoneWallet } from "./support/phone-wallet";
import { DeployFlow } from "./pages/deploy";
import { SdlStudio } from "./pages/sdl-studio";
import { AppShell } from "./pages/app-shell";
import { WalletConnectFlow } from "./pages/walletconnect";

async function admin(base: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${base}${path}`, { method: "POST", body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`admin ${path}: HTTP ${res.status} ${await res.text()}`);
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: "image/png" });
}

let phone: PhoneWallet | null = null;
test.beforeEach(async ({ page }) => handAppLinksToTheApp(page));
test.afterEach(async () => {
  await phone?.stop();
  phone = null;
});

test("Keplr Mobile: connect from the phone, survive a reload, create, lease, close, disconnect on both sides", async ({
  page,
  context,
  stack,
}, testInfo) => {
  test.setTimeout(180_000);
  const isPhone = testInfo.project.name === "phone";
  phone = await PhoneWallet.start(stack.localnet, { account: "tenant" });
  const wc = new WalletConnectFlow(page, isPhone);
  const flow = new DeployFlow(page);

  await new AppShell(page, isPhone).open("/new");
  await wc.start();
  await shot(page, testInfo, "code");
  const link = await wc.handOver(context);
  await shot(page, testInfo, "waiting");
  await phone.pairFromLink(link);
  await expect(wc.wallet.modal.getByRole("status")).toHaveText("Approved: Keplr Mobile is connected.");
  await shot(page, testInfo, "approved");
  await expect(wc.wallet.modal).toBeHidden();
  await expect(wc.wallet.shortAddress).toHaveText(`${phone.address.slice(0, 9)}…${phone.address.slice(-4)}`);
  expect(phone.sessions()).toHaveLength(1);

  // The session survives a reload: no new code, the same account.
  await page.reload();
  await expect(wc.wallet.walletName).toHaveText("Keplr Mobile");

  // Create: the request reaches the phone, which shows it until the user approves.
  phone.hold();
  await new SdlStudio(page).pickTemplate("Web server (nginx)");
  await page.getByRole("button", { name: /^Deploy/ }).click();
  await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
  await flow.sign(/^Create deployment \d+$/);
  await wc.openAppForRequest();
  await shot(page, testInfo, "request");
  await phone.approve();
  await expect(wc.requestPhase).toHaveText("Approved");
  await page.waitForURL(/\/deployments\/\d+$/, { timeout: 30_000 });
  const dseq = flow.dseqFromUrl();

  // Accept a bid and close: the phone approves at once from here on (manifest token included).
  phone.release();
  // Every provider's bid first: the fee is estimated for the order as it stands.
  await expect.poll(() => flow.bids.count(), { timeout: 30_000 }).toBe(stack.localnet.providers.length);
  await flow.bids.first().getByRole("button", { name: "Accept" }).click();
  await flow.sign(/^Accept .* bid$/);
  await expect(page.getByText("Manifest sent to the provider.")).toBeVisible({ timeout: 30_000 });
  await flow.closeTxDialog(/^Accept .* bid$/);
  await flow.closeDeployment(dseq);
  await flow.closeTxDialog(`Close deployment ${dseq}`);
  const methods = phone.requests.map((r) => r.method);
  expect(methods.filter((m) => m === "keplr_signDirect")).toHaveLength(3);
  expect(methods).toContain("keplr_signArbitrary");

  // Disconnect ends the session on the phone too.
  await wc.wallet.disconnect();
  await expect(wc.wallet.connectButton).toBeVisible();
  await expect.poll(() => phone!.sessions().length, { timeout: 15_000 }).toBe(0);
});

test("a code nobody approves expires; a new code connects", async ({ page, context, stack }, testInfo) => {
  const isPhone = testInfo.project.name === "phone";
  phone = await PhoneWallet.start(stack.localnet, { account: "tenant" });
  await page.clock.install();
  const wc = new WalletConnectFlow(page, isPhone);
  await new AppShell(page, isPhone).open("/");
  await wc.start();
  phone.onProposals("ignore");
  await phone.pairFromLink(await wc.handOver(context));
  await page.clock.fastForward("05:01");
  await expect(wc.wallet.modal.getByRole("alert")).toHaveText(
    "The code expired before Keplr Mobile approved it. Show a new code and approve it within 5 minutes.",
  );
  await shot(page, testInfo, "expired");
  phone.onProposals("approve");
  await wc.wallet.modal.getByRole("button", { name: "Show a new code" }).click();
  await expect(wc.qr).toBeVisible();
  await phone.pairFromLink(await wc.handOver(context));
  await expect(wc.wallet.walletName).toHaveText("Keplr Mobile");
});

test("a request declined on the phone is shown as declined, and nothing is sent", async ({
  page,
  context,
  stack,
  guard,
}, testInfo) => {
  // The WalletConnect SDK logs every error answer from the wallet.
  guard.allowConsoleErrors(/level: 50, msg: Request rejected/);
  const isPhone = testInfo.project.name === "phone";
  phone = await PhoneWallet.start(stack.localnet, { account: "tenant" });
  const wc = new WalletConnectFlow(page, isPhone);
  const flow = new DeployFlow(page);
  await new AppShell(page, isPhone).open("/new");
  await wc.connect(context, phone);
  phone.hold();
  await new SdlStudio(page).pickTemplate("Web server (nginx)");
  await page.getByRole("button", { name: /^Deploy/ }).click();
  await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
  await flow.sign(/^Create deployment \d+$/);
  await wc.openAppForRequest();
  await phone.reject();
  await expect(wc.request).toBeHidden();
  await expect(flow.txDialog(/^Create deployment \d+$/).getByRole("alert")).toContainText(
    "You declined the request in your wallet. Nothing was sent.",
  );
  expect(page.url()).not.toMatch(/\/deployments\/\d+$/);
});

test("the relay drops while a request waits: the console says so, and the request goes through once it is back", async ({
  page,
  context,
  stack,
  guard,
}, testInfo) => {
  test.setTimeout(120_000);
  // While the relay is down, the browser reports each refused websocket handshake.
  guard.allowConsoleErrors(/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/\?auth=/);
  const isPhone = testInfo.project.name === "phone";
  phone = await PhoneWallet.start(stack.localnet, { account: "tenant" });
  const wc = new WalletConnectFlow(page, isPhone);
  await new AppShell(page, isPhone).open("/settings");
  await wc.connect(context, phone);
  const section = page.getByRole("region", { name: "Wallet" });
  try {
    await admin(stack.localnet.admin, "/faults", { relay: { down: true } });
    await section.getByRole("button", { name: "Sign a test message" }).click();
    await expect(wc.request.getByRole("alert")).toContainText(
      "The connection to the WalletConnect relay dropped. The console is reconnecting",
      { timeout: 20_000 },
    );
    await shot(page, testInfo, "relay-dropped");
  } finally {
    await admin(stack.localnet.admin, "/faults", { relay: { down: false } });
  }
  await expect(wc.request.getByRole("alert")).toHaveCount(0, { timeout: 30_000 });
  await expect(section.getByRole("status")).toHaveText(
    "Signature verified: this wallet signs for this address.",
    {
      timeout: 30_000,
    },
  );
  expect(phone.requests.map((r) => r.method)).toContain("keplr_signArbitrary");
});
