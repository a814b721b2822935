// An SDL's own reclamation window (AEP-82) through to its deadline. The studio marks a window
// shorter than the network allows on its line; a 30 s window deploys, the review says it before
// signing, and only providers that promise 30 s bid (the local network's market allows 10 s, and
// its admin endpoint sets what each provider offers). The provider reclaims the running lease: the
// page counts down the 30 s the SDL asked for; once they have passed the provider closes the lease
// on chain and the page shows it closed (no countdown left) with the escrow the chain holds.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectNoSidewaysScroll } from "./support/layout";
import { AppShell } from "./pages/app-shell";
import { DeployFlow } from "./pages/deploy";
import { parseDuration } from "./pages/deployments";
import { SdlStudio } from "./pages/sdl-studio";
import { WalletPage } from "./pages/wallet";

const WINDOW_SEC = 30;
const DEPOSIT_UACT = 2_000_000;

async function rest<T>(base: string, path: string): Promise<T> {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return (await res.json()) as T;
}

async function shot(page: Page, path: string) {
  await page.screenshot({ path, fullPage: true });
  return { path, contentType: "image/png" };
}

interface LeaseJson {
  lease: {
    state: string;
    reason: string;
    created_at: string;
    closed_on: string;
    price: { amount: string };
    reclamation?: { window: string; deadline: string };
  };
}

test("an SDL's 30 s reclamation window: marked, reviewed, counted down, and the lease closed after it", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(240_000);
  const localnet = stack.localnet;
  const isPhone = testInfo.project.name === "phone";
  const tenant = localnet.accounts.find((a) => a.name === "tenant")!;
  // provider-3 offers 30 s (it usually offers 1 h), provider-1 20 s: too short for this SDL.
  const reclaimer = localnet.providers.find((p) => p.name === "provider-3")!;
  const tooShort = localnet.providers.find((p) => p.name === "provider-1")!;
  const setWindow = async (name: string, seconds: number | null) => {
    const res = await fetch(`${localnet.admin}/providers/${name}/reclamation-window`, {
      method: "POST",
      body: JSON.stringify({ seconds }),
    });
    expect(res.status).toBe(200);
  };
  await setWindow(reclaimer.name, WINDOW_SEC);
  await setWindow(tooShort.name, 20);
  try {
    const flow = new DeployFlow(page);
    const studio = new SdlStudio(page);
    await new AppShell(page, isPhone).open("/new");
    await new WalletPage(page).connect("Local key");
    await studio.pickTemplate("Web server (nginx)");

    // Line 3: below the market's 10 s minimum, marked on its line with the fix.
    await studio.insertLineAfter(2, "reclamation: { min_window: 5s }");
    await expect(
      studio.problemOnLine(
        3,
        "error",
        "The reclamation window 5s is shorter than this network allows (from 10s to 720h",
      ),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /^Deploy/ })).toBeDisabled();
    await studio.retypeLineEnd(3, 2, `${WINDOW_SEC}s`, 2);
    await expect(studio.problems.filter({ hasText: "reclamation" })).toHaveCount(0);

    await page.getByRole("button", { name: /^Deploy/ }).click();
    await flow.deployDialog.getByLabel("Deposit (ACT)").fill(String(DEPOSIT_UACT / 1e6));
    await expect(flow.deployDialog.getByTestId("create-reclamation")).toContainText(
      "Reclamation window: at least 30 s.",
    );
    await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
    await expect(flow.review).toContainText("Reclamation window: at least 30 s. Only providers that promise");
    await expect(flow.fee).toHaveText(/\d+(\.\d+)? AKT/);
    await testInfo.attach("review", await shot(page, testInfo.outputPath("review.png")));
    await flow.sign(/^Create deployment \d+$/);
    await page.waitForURL(/\/deployments\/\d+$/, { timeout: 30_000 });
    const dseq = flow.dseqFromUrl();
    const q = `filters.owner=${tenant.address}&filters.dseq=${dseq}`;
    const info = () =>
      rest<{
        deployment: { reclamation?: { min_window: string } };
        escrow_account: { state: { funds: { amount: string }[]; transferred: { amount: string }[] } };
      }>(
        localnet.rest,
        `/akash/deployment/v1beta4/deployments/info?id.owner=${tenant.address}&id.dseq=${dseq}`,
      );
    expect((await info()).deployment.reclamation).toEqual({ min_window: "30s" });

    // Only a provider whose window meets the SDL's bids.
    const bidOf = (address: string) => page.locator(`[data-testid="bid-row"][data-provider="${address}"]`);
    await expect(bidOf(reclaimer.address)).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(3_000);
    const bids = await rest<{ bids: { bid: { id: { provider: string }; reclamation_window?: string } }[] }>(
      localnet.rest,
      `/akash/market/v1beta5/bids/list?${q}`,
    );
    expect(bids.bids.map((b) => [b.bid.id.provider, b.bid.reclamation_window])).toEqual([
      [reclaimer.address, "30s"],
    ]);
    await bidOf(reclaimer.address).getByRole("button", { name: "Accept" }).click();
    await flow.sign(/^Accept .* bid$/);
    await expect(page.getByText("All services are ready.")).toBeVisible({ timeout: 60_000 });

    const res = await fetch(`${localnet.admin}/providers/${reclaimer.name}/reclaim`, {
      method: "POST",
      body: JSON.stringify({ owner: tenant.address, dseq, gseq: 1, oseq: 1 }),
    });
    expect(res.status).toBe(200);
    await page.reload();
    const banner = page.getByTestId("reclaim-banner");
    await expect(banner.getByTestId("reclaim-window")).toHaveText(
      "Notice given: 30 s, the reclamation window of this lease; this deployment's SDL asked for at least 30 s.",
    );
    const [reclaiming] = (
      await rest<{ leases: LeaseJson[] }>(localnet.rest, `/akash/market/v1beta5/leases/list?${q}`)
    ).leases;
    expect(reclaiming?.lease.reclamation?.window).toBe("30s");
    const deadline = Number(reclaiming?.lease.reclamation?.deadline);
    const latest = await rest<{ block: { header: { time: string } } }>(
      localnet.rest,
      "/cosmos/base/tendermint/v1beta1/blocks/latest",
    );
    const chainLeft = deadline - Date.parse(latest.block.header.time) / 1000;
    const shown = parseDuration((await page.getByTestId("reclaim-countdown").textContent()) ?? "");
    expect(shown).toBeLessThanOrEqual(WINDOW_SEC);
    expect(Math.abs(shown - chainLeft)).toBeLessThan(4);
    await expect(page.getByTestId("lease-item").first()).toContainText("reclaiming");
    await expectNoSidewaysScroll(page);
    await testInfo.attach("reclaiming", await shot(page, testInfo.outputPath("reclaiming.png")));

    // After the window, without a reload: the lease closed, no countdown, the chain's escrow.
    await expect(banner.getByTestId("reclaim-closed")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId("reclaim-countdown")).toHaveCount(0);
    await expect(page.getByTestId("lease-item").first()).not.toContainText("reclaiming");
    await expect(page.getByTestId("lease-item").first()).toContainText("closed");
    const [closed] = (
      await rest<{ leases: LeaseJson[] }>(localnet.rest, `/akash/market/v1beta5/leases/list?${q}`)
    ).leases;
    expect(closed?.lease).toMatchObject({ state: "closed", reason: "lease_closed_reason_decommission" });
    const closedOn = Number(closed?.lease.closed_on);
    await expect(banner.getByTestId("reclaim-closed")).toContainText(
      `at block ${closedOn.toLocaleString("en-US")}`,
    );
    const closedAt = await rest<{ block: { header: { time: string } } }>(
      localnet.rest,
      `/cosmos/base/tendermint/v1beta1/blocks/${closedOn}`,
    );
    expect(Date.parse(closedAt.block.header.time) / 1000).toBeGreaterThanOrEqual(deadline);
    // The deposit less what the lease was charged: its price for each block from its creation to
    // its close (each settlement truncates to whole uact), and nothing after the close.
    const price = Number(closed!.lease.price.amount);
    const charged = price * (closedOn - Number(closed!.lease.created_at));
    const escrow = (await info()).escrow_account.state;
    const funds = Number(escrow.funds[0]?.amount ?? "0");
    const transferred = Number(escrow.transferred[0]?.amount ?? "0");
    expect(funds + transferred).toBeCloseTo(DEPOSIT_UACT, 6);
    expect(charged - transferred).toBeGreaterThanOrEqual(0);
    expect(charged - transferred).toBeLessThan(5);
    await page.waitForTimeout(3_000);
    expect((await info()).escrow_account.state.funds[0]?.amount).toBe(escrow.funds[0]?.amount);
    await expect
      .poll(async () =>
        Number((await banner.getByTestId("reclaim-escrow").textContent())?.replace(/[^\d.]/g, "")),
      )
      .toBeCloseTo(funds / 1e6, 4);
    await expectNoSidewaysScroll(page);
    await testInfo.attach("closed", await shot(page, testInfo.outputPath("closed.png")));

    await flow.closeDeployment(dseq);
  } finally {
    await setWindow(reclaimer.name, 3_600);
    await setWindow(tooShort.name, 24 * 3_600);
  }
});
