// Journey: receipts stay true when the network misbehaves. With 30% of the local network's RPC
// requests failing, a create made in the app ends as one deployment on chain, one signature and one
// successful receipt, which "Check against the chain" matches byte for byte (through the same
// faults). With blocks paused during a broadcast, the receipt stays pending, and settles by itself
// in an open receipts page once blocks resume, with no reload. Cosmostation declining a signature
// (code 4001, "not been authorized by the user") is the tenant's rejection, not a failure. Runs on
// desktop and on a phone.
import { expect, test } from "./support/fixtures";
import { FakeKeplr } from "./support/fake-keplr";
import { AppShell } from "./pages/app-shell";
import { DeployFlow } from "./pages/deploy";
import { ReceiptsPage } from "./pages/receipts";
import { SdlStudio } from "./pages/sdl-studio";
import { WalletPage } from "./pages/wallet";

async function admin(base: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${base}${path}`, { method: "POST", body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`admin ${path}: HTTP ${res.status} ${await res.text()}`);
}

/** Every deployment the owner has on chain, in any state. */
async function deploymentsOnChain(rest: string, owner: string): Promise<string[]> {
  const res = await fetch(
    `${rest}/akash/deployment/v1beta4/deployments/list?filters.owner=${owner}&pagination.limit=1000`,
  );
  const body = (await res.json()) as { deployments: { deployment: { id: { dseq: string } } }[] };
  return body.deployments.map((d) => d.deployment.id.dseq);
}

const SIGNATURES = /^sign(Direct|Amino)$/;

test("with 30% of RPC requests failing, a create leaves one deployment, one signature and one successful receipt that matches the chain", async ({
  page,
  stack,
  guard,
}, testInfo) => {
  test.setTimeout(180_000);
  const localnet = stack.localnet;
  const isPhone = testInfo.project.name === "phone";
  // Each injected 503 is a failed resource load in the browser's console.
  guard.allowConsoleErrors(/status of 503/);
  const keplr = await FakeKeplr.install(page, localnet.accounts, {
    account: "tenant-2",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const flow = new DeployFlow(page);
  await flow.startFromTemplate(isPhone, "Web server (nginx)");
  const before = await deploymentsOnChain(localnet.rest, keplr.address);
  const signaturesBefore = keplr.calls.filter((c) => SIGNATURES.test(c.method)).length;

  let refused = 0;
  page.on("response", (r) => void (r.url().startsWith(localnet.rpc) && r.status() === 503 && refused++));
  await admin(localnet.admin, "/faults", { rpc: { errorRate: 0.3 } });
  try {
    await flow.createFromStudio("1");
    // The faults were real: the app met refused RPC requests on its way.
    expect(refused).toBeGreaterThan(0);
    const dseq = flow.dseqFromUrl();
    const after = await deploymentsOnChain(localnet.rest, keplr.address);
    expect(after.filter((d) => !before.includes(d))).toEqual([dseq]);
    expect(keplr.calls.filter((c) => SIGNATURES.test(c.method)).length - signaturesBefore).toBe(1);

    const receipts = new ReceiptsPage(page);
    await receipts.open();
    // A fresh browser: this create is its only signing attempt.
    await expect(receipts.count).toHaveText(/^1 signing attempts?, \d+ receipts$/);
    await expect(receipts.rows).toHaveCount(1);
    await expect(receipts.rows.first()).toContainText("Create deployment");
    await expect(receipts.rows.first()).toContainText("Succeeded");
    await expect(page.getByTestId("anchor-status")).toContainText("None of the");

    await page.getByRole("button", { name: "Check against the chain" }).click();
    await expect(page.getByTestId("chain-check")).toContainText(
      /Checked 1 receipts against .+: 1 match the chain \(1 byte for byte\), 0 do not, 0 are not on chain\./,
      { timeout: 30_000 },
    );
  } finally {
    await admin(localnet.admin, "/faults", { rpc: { errorRate: 0 } });
  }
});

test("with blocks paused during a broadcast, the receipt stays pending and settles by itself when blocks resume", async ({
  page,
  context,
  stack,
}, testInfo) => {
  test.setTimeout(180_000);
  const localnet = stack.localnet;
  const isPhone = testInfo.project.name === "phone";
  await FakeKeplr.install(page, localnet.accounts, {
    account: "tenant-2",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const flow = new DeployFlow(page);
  await flow.startFromTemplate(isPhone, "Web server (nginx)");
  // A receipts page stays open in another tab through all of it; it is never reloaded.
  const watcher = await context.newPage();
  const receipts = new ReceiptsPage(watcher);
  await receipts.open();
  await watcher.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  await admin(localnet.admin, "/faults", { blocks: { paused: true } });
  let dseq = "";
  try {
    await page.getByRole("button", { name: /^Deploy/ }).click();
    await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
    const dialog = flow.txDialog(/^Create deployment \d+$/);
    dseq = /(\d+)$/.exec((await dialog.getAttribute("aria-label")) ?? "")?.[1] ?? "";
    await flow.sign(/^Create deployment \d+$/);
    await expect(dialog).toContainText("Waiting to be included in a block");

    await receipts.filters.getByLabel("Dseq").fill(dseq);
    await expect(receipts.rows).toHaveCount(1);
    await expect(receipts.rows.first()).toContainText("Pending");
    // The tab that broadcast goes away: only the open receipts page can settle it now.
    await page.close();
    await watcher.waitForTimeout(3000);
    await expect(receipts.rows.first()).toContainText("Pending");
  } finally {
    await admin(localnet.admin, "/faults", { blocks: { paused: false } });
  }

  await expect(receipts.rows.first()).toContainText("Succeeded", { timeout: 30_000 });
  await expect(watcher.getByRole("status").filter({ hasText: "1 pending receipt settled" })).toBeVisible();
  expect(await watcher.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
    true,
  );
  await receipts.rows.first().click();
  await expect(receipts.drawer).toContainText(/height \d+/);
  await receipts.drawer.getByRole("button", { name: "Close" }).click();
  await receipts.verify();
  await expect(receipts.verifyResult).toContainText("every hash and link checks out");
});

test("Cosmostation declining the signature is recorded as the tenant's rejection, and nothing is sent", async ({
  page,
  stack,
}, testInfo) => {
  const isPhone = testInfo.project.name === "phone";
  const localnet = stack.localnet;
  const fake = await FakeKeplr.install(page, localnet.accounts, {
    account: "tenant-2",
    brand: "cosmostation",
  });
  const flow = new DeployFlow(page);
  await new AppShell(page, isPhone).open("/new");
  await new WalletPage(page).connect("Cosmostation");
  await new SdlStudio(page).pickTemplate("Web server (nginx)");
  const before = await deploymentsOnChain(localnet.rest, fake.address);

  fake.rejectNext();
  await page.getByRole("button", { name: /^Deploy/ }).click();
  await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
  const dialog = flow.txDialog(/^Create deployment \d+$/);
  const dseq = /(\d+)$/.exec((await dialog.getAttribute("aria-label")) ?? "")?.[1] ?? "";
  await flow.sign(/^Create deployment \d+$/);
  await expect(dialog.getByRole("alert")).toContainText(
    "You declined the request in your wallet. Nothing was sent.",
  );
  expect(await deploymentsOnChain(localnet.rest, fake.address)).toEqual(before);
  await dialog.getByRole("button", { name: "Close" }).click();

  const receipts = new ReceiptsPage(page);
  await receipts.open();
  await receipts.filters.getByLabel("Dseq").fill(dseq);
  await expect(receipts.rows).toHaveCount(1);
  await expect(receipts.rows.first()).toContainText("Rejected");
});
