// Resource reclamation (AEP-82) as a tenant lives it: a provider starts reclaiming a running lease
// (the local network's admin endpoint makes it sign MsgLeaseStartReclaim); the deployment's page
// shows the banner with a countdown that matches the chain's deadline, the list marks the row;
// "Redeploy elsewhere" opens the same SDL with the deposit carried over and that provider's bids
// hidden; the new lease becomes ready on another provider and the old deployment is closed; the
// receipts record both transactions.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectNoSidewaysScroll } from "./support/layout";
import { AppShell } from "./pages/app-shell";
import { DeployFlow } from "./pages/deploy";
import { SdlStudio } from "./pages/sdl-studio";
import { WalletPage } from "./pages/wallet";
import { DeploymentsPage } from "./pages/deployments";
import { parseDuration } from "./pages/deployments";

interface LeaseJson {
  lease: { state: string; reclamation?: { deadline: string; started_at: string } };
}

async function rest<T>(base: string, path: string): Promise<T> {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return (await res.json()) as T;
}

/** The receipts this browser stored, read straight from its IndexedDB. */
function storedReceipts(page: Page) {
  return page.evaluate(
    () =>
      new Promise<
        { action: string; state: string; target: { dseq: string | null }; request: { memo: string } }[]
      >((done, fail) => {
        const open = indexedDB.open("akash-console-receipts");
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction("receipts").objectStore("receipts").getAll();
          all.onsuccess = () => done(all.result.map((r: { receipt: never }) => r.receipt));
          all.onerror = () => fail(all.error);
        };
      }),
  );
}

async function shot(page: Page, path: string) {
  await page.screenshot({ path, fullPage: true });
  return { path, contentType: "image/png" };
}

test("a provider reclaims a running lease: countdown, redeploy elsewhere, old deployment closed, receipts", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(240_000);
  const localnet = stack.localnet;
  const isPhone = testInfo.project.name === "phone";
  // The local key signs as the tenant account, in this tab (no extension to detect).
  const keplr = localnet.accounts.find((a) => a.name === "tenant")!;
  const flow = new DeployFlow(page);
  // provider-3 offers a 1 h reclamation window in its bids; provider-1 24 h; provider-2 none.
  const reclaimer = localnet.providers.find((p) => p.name === "provider-3")!;
  const other = localnet.providers.find((p) => p.name === "provider-1")!;

  await new AppShell(page, isPhone).open("/new");
  await new WalletPage(page).connect("Local key");
  await new SdlStudio(page).pickTemplate("Web server (nginx)");
  await flow.createFromStudio("2");
  const oldDseq = flow.dseqFromUrl();
  const bidOf = (address: string) => page.locator(`[data-testid="bid-row"][data-provider="${address}"]`);
  await expect(bidOf(reclaimer.address)).toBeVisible({ timeout: 30_000 });
  await bidOf(reclaimer.address).getByRole("button", { name: "Accept" }).click();
  await flow.sign(/^Accept .* bid$/);
  await expect(page.getByText("All services are ready.")).toBeVisible({ timeout: 60_000 });

  const res = await fetch(`${localnet.admin}/providers/${reclaimer.name}/reclaim`, {
    method: "POST",
    body: JSON.stringify({ owner: keplr.address, dseq: oldDseq, gseq: 1, oseq: 1 }),
  });
  expect(res.status).toBe(200);
  await page.reload();
  const banner = page.getByTestId("reclaim-banner");
  await expect(banner).toContainText(
    "is reclaiming this lease: the provider is decommissioning the hardware",
  );
  await expect(banner).toContainText("At the deadline the provider closes the lease");

  // The countdown is the chain's deadline less the latest block's time (1 h window).
  const leases = await rest<{ leases: LeaseJson[] }>(
    localnet.rest,
    `/akash/market/v1beta5/leases/list?filters.owner=${keplr.address}&filters.dseq=${oldDseq}`,
  );
  const deadline = Number(leases.leases[0]?.lease.reclamation?.deadline);
  const latest = await rest<{ block: { header: { time: string } } }>(
    localnet.rest,
    "/cosmos/base/tendermint/v1beta1/blocks/latest",
  );
  const chainLeft = deadline - Date.parse(latest.block.header.time) / 1000;
  const shown = parseDuration((await page.getByTestId("reclaim-countdown").textContent()) ?? "");
  expect(Math.abs(shown - chainLeft)).toBeLessThan(15);
  expect(shown).toBeGreaterThan(3500);
  await expect(page.getByTestId("reclaim-blocks")).toContainText(/about [\d,]+ blocks/);
  // it counts down live
  const first = shown;
  await expect
    .poll(async () => parseDuration((await page.getByTestId("reclaim-countdown").textContent()) ?? ""))
    .toBeLessThan(first);
  await expect(page.getByTestId("lease-item").first()).toContainText("reclaiming");
  await expectNoSidewaysScroll(page);
  await testInfo.attach("reclaim-banner", await shot(page, testInfo.outputPath("reclaim-banner.png")));

  const list = new DeploymentsPage(page);
  await list.open();
  await expect(list.row(oldDseq).root.getByTestId("row-reclaim")).toHaveText(/^Reclaiming · \d+ min left$/);
  await testInfo.attach("reclaim-list", await shot(page, testInfo.outputPath("reclaim-list.png")));
  await list.row(oldDseq).link.click();

  // Redeploy elsewhere: the deposit is what the old escrow holds now.
  await page.getByRole("button", { name: "Redeploy elsewhere" }).click();
  const dialog = page.getByRole("dialog", { name: "Redeploy elsewhere" });
  const deposit = Number(await dialog.getByLabel("Deposit (ACT)").inputValue());
  expect(deposit).toBeGreaterThan(1.9);
  expect(deposit).toBeLessThan(2);
  await testInfo.attach("redeploy-dialog", await shot(page, testInfo.outputPath("redeploy-dialog.png")));
  await dialog.getByRole("button", { name: "Create deployment" }).click();
  await flow.sign(/^Create deployment \d+$/);
  await page.waitForURL((url) => /\/deployments\/\d+$/.test(url.pathname) && !url.pathname.endsWith(oldDseq));
  const newDseq = flow.dseqFromUrl();

  const progress = page.locator('[aria-label="Redeploy elsewhere"]');
  await expect(progress).toContainText(`Replacing deployment ${oldDseq}`);
  await expect(bidOf(other.address)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("bids-hidden")).toBeVisible({ timeout: 15_000 });
  await expect(bidOf(reclaimer.address)).toHaveCount(0);
  const closeOld = progress.getByRole("button", { name: `Close deployment ${oldDseq}` });
  await expect(closeOld).toBeDisabled();
  await bidOf(other.address).getByRole("button", { name: "Accept" }).click();
  await flow.sign(/^Accept .* bid$/);
  await expect(page.getByText("All services are ready.")).toBeVisible({ timeout: 60_000 });
  await expect(closeOld).toBeEnabled({ timeout: 30_000 });
  await testInfo.attach("redeploy-ready", await shot(page, testInfo.outputPath("redeploy-ready.png")));
  await closeOld.click();
  await flow.signAndWait(`Close deployment ${oldDseq}`);
  await flow.closeTxDialog(`Close deployment ${oldDseq}`);
  await expect(progress).toContainText(`Closed deployment ${oldDseq}`);
  await expectNoSidewaysScroll(page);

  const info = (dseq: string) =>
    rest<{ deployment: { state: string } }>(
      localnet.rest,
      `/akash/deployment/v1beta4/deployments/info?id.owner=${keplr.address}&id.dseq=${dseq}`,
    );
  expect((await info(oldDseq)).deployment.state).toBe("closed");
  expect((await info(newDseq)).deployment.state).toBe("active");
  const newLeases = await rest<{ leases: { lease: { state: string; id: { provider: string } } }[] }>(
    localnet.rest,
    `/akash/market/v1beta5/leases/list?filters.owner=${keplr.address}&filters.dseq=${newDseq}`,
  );
  expect(newLeases.leases.map((l) => [l.lease.id.provider, l.lease.state])).toEqual([
    [other.address, "active"],
  ]);

  const receipts = (await storedReceipts(page)).filter((r) => r.state === "success");
  const create = receipts.find((r) => r.action === "create" && r.target.dseq === newDseq);
  const close = receipts.find((r) => r.action === "close" && r.target.dseq === oldDseq);
  expect(create?.request.memo).toContain(`Redeploy of deployment ${oldDseq}`);
  expect(close?.request.memo).toContain(`redeployed elsewhere as deployment ${newDseq}`);
  await testInfo.attach("redeploy-done", await shot(page, testInfo.outputPath("redeploy-done.png")));

  // tidy up: the new deployment's escrow back to the wallet
  await flow.closeDeployment(newDseq);
});
