// Journey: a tenant's deployments, created on the local network by a real client (cosmjs), are
// listed with the right provider, cost and time left, for anyone who types the address; the
// detail page shows the lease. Runs on desktop and on a phone.
import type { Locator } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectNoSidewaysScroll } from "./support/layout";
import { connectTenant, type Tenant } from "./support/chain";
import { DeploymentDetailPage, DeploymentsPage, parseDuration } from "./pages/deployments";
import { WalletPage } from "./pages/wallet";
import { FakeKeplr } from "./support/fake-keplr";

const SECONDS_PER_MONTH = 30.437 * 86_400;

interface LeaseJson {
  lease: { price: { amount: string } };
}
interface InfoJson {
  escrow_account: { state: { funds: { amount: string }[]; settled_at: string } };
}

/** The block time the console uses: the average over the latest 100 blocks, from the REST gateway. */
async function measuredBlockTime(rest: string): Promise<number> {
  type Block = { block: { header: { height: string; time: string } } };
  const get = async (h: string) =>
    ((await (await fetch(`${rest}/cosmos/base/tendermint/v1beta1/blocks/${h}`)).json()) as Block).block
      .header;
  const latest = await get("latest");
  const older = await get(String(Math.max(1, Number(latest.height) - 100)));
  return (
    (Date.parse(latest.time) - Date.parse(older.time)) / 1000 / (Number(latest.height) - Number(older.height))
  );
}

/**
 * Two measurements of the block time over 100-block windows taken moments apart differ by the
 * jitter of a block or two in those windows; this bounds it (a 0.5% relative difference).
 */
const BLOCK_TIME_JITTER = 0.005;

async function expected(tenant: Tenant, dseq: number) {
  const { leases } = await tenant.rest<{ leases: LeaseJson[] }>(
    `/akash/market/v1beta5/leases/list?filters.owner=${tenant.address}&filters.dseq=${dseq}`,
  );
  const rate = Number(leases[0]?.lease.price.amount);
  const info = await tenant.rest<InfoJson>(
    `/akash/deployment/v1beta4/deployments/info?id.owner=${tenant.address}&id.dseq=${dseq}`,
  );
  const { block } = await tenant.rest<{ block: { header: { height: string } } }>(
    "/cosmos/base/tendermint/v1beta1/blocks/latest",
  );
  const funds = Number(info.escrow_account.state.funds[0]?.amount);
  const elapsed = Number(block.header.height) - Number(info.escrow_account.state.settled_at);
  return { blocksLeft: (funds - elapsed * rate) / rate, rate };
}

/** Dollars a month for a per-block rate (in micro-units) at a block time. */
function monthlyUsd(rate: number, blockTimeSec: number): number {
  return (rate * SECONDS_PER_MONTH) / blockTimeSec / 1e6;
}

/** "$4.60/mo" → 4.6 */
function parseMonthly(text: string | null): number {
  const m = /^\$(\d+(?:\.\d+)?)\/mo$/.exec(text ?? "");
  if (!m) throw new Error(`not a monthly cost: ${JSON.stringify(text)}`);
  return Number(m[1]);
}

/** The blocks left the page states in the time left's tooltip ("2,857,139 blocks"). */
async function shownBlocksLeft(timeLeft: Locator): Promise<number> {
  const title = await timeLeft.locator("[title]").first().getAttribute("title");
  const m = /^([\d,]+) blocks$/.exec(title ?? "");
  if (!m) throw new Error(`no block count in ${JSON.stringify(title)}`);
  return Number(m[1]!.replaceAll(",", ""));
}

/**
 * Cost and time left as the chain and the network's block time make them: blocks left to the
 * block (a few blocks pass between the page's read and ours), seconds and dollars within the
 * block-time measurement jitter, and the page's rounding down to two units (at most an hour).
 */
async function expectCostAndTimeLeft(
  cost: Locator,
  timeLeft: Locator,
  tenant: Tenant,
  dseq: number,
  rest: string,
) {
  await expect(cost).toHaveText(/^\$\d+\.\d{2}\/mo$/);
  await expect(timeLeft).toHaveText(/\d/);
  const blockTimeSec = await measuredBlockTime(rest);
  const want = await expected(tenant, dseq);
  const blocks = await shownBlocksLeft(timeLeft);
  expect(Math.abs(want.blocksLeft - blocks)).toBeLessThanOrEqual(30);

  const dollars = parseMonthly(await cost.textContent());
  const wantDollars = monthlyUsd(want.rate, blockTimeSec);
  expect(Math.abs(dollars - wantDollars)).toBeLessThanOrEqual(wantDollars * BLOCK_TIME_JITTER + 0.005);

  const seconds = parseDuration((await timeLeft.textContent()) ?? "");
  const wantSeconds = blocks * blockTimeSec;
  expect(seconds).toBeLessThanOrEqual(wantSeconds * (1 + BLOCK_TIME_JITTER));
  expect(seconds).toBeGreaterThan(wantSeconds * (1 - BLOCK_TIME_JITTER) - 3600);
}

test.describe("deployments", () => {
  let tenant: Tenant;
  let leased = 0;
  let closed = 0;
  let providerName = "";

  test.beforeAll(async ({ stack }, testInfo) => {
    const localnet = stack.localnet;
    const account = localnet.accounts.find((a) => a.name === "tenant-2");
    if (!account) throw new Error("the local network has no tenant-2 account");
    tenant = await connectTenant({ mnemonic: account.mnemonic, rpc: localnet.rpc, rest: localnet.rest });
    // Unique per project run: both projects share one chain.
    const base = 100_000 + (Date.now() % 1_000_000) * 10 + (testInfo.project.name === "phone" ? 5 : 0);
    leased = base + 1;
    closed = base + 2;
    await tenant.createDeployments([leased, closed]);
    const bids = await tenant.waitForBids(leased, localnet.providers.length);
    const chosen = localnet.providers.find((p) => p.name === "provider-3") ?? localnet.providers[0]!;
    providerName = chosen.organization;
    const bid = bids.find((b) => b.provider === chosen.address);
    if (!bid) throw new Error(`no bid from ${chosen.name}`);
    await tenant.createLease(leased, bid);
    await tenant.closeDeployment(closed);
  });

  test.afterAll(() => tenant?.disconnect());

  test("anyone can view an address's deployments with provider, cost and time left", async ({
    page,
    stack,
  }) => {
    const list = new DeploymentsPage(page);
    await list.open();
    await expect(page.getByRole("heading", { name: "Whose deployments?" })).toBeVisible();
    await list.viewAddress(tenant.address);
    await expect(page).toHaveURL(new RegExp(`owner=${tenant.address}`));
    await expect(list.ownerAddress).toHaveText(tenant.address);

    const row = list.row(leased);
    await expect(row.provider).toContainText(providerName);
    await expect(row.resources).toContainText("0.5 CPU · 512 MiB · 1 GiB disk");
    await expectCostAndTimeLeft(row.cost, row.timeLeft, tenant, leased, stack.localnet.rest);
    await expect(list.row(closed).timeLeft).toHaveText("Closed");
    await expectNoSidewaysScroll(page);

    await list.search.fill(String(closed));
    await expect(list.rows).toHaveCount(1);
    await expect(list.row(closed).root).toBeVisible();
    await list.search.fill("");
    await list.openFilters();
    await list.stateFilter.selectOption("active");
    await expect(list.row(leased).root).toBeVisible();
    await expect(list.row(closed).root).toHaveCount(0);
  });

  test("the detail page shows the lease, its price and the time left; a name sticks", async ({
    page,
    stack,
  }) => {
    const list = new DeploymentsPage(page);
    await list.open(`?owner=${tenant.address}`);
    await list.row(leased).link.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Deployment ${leased}`);
    const detail = new DeploymentDetailPage(page);
    await expectCostAndTimeLeft(detail.cost, detail.timeLeft, tenant, leased, stack.localnet.rest);
    await expect(detail.leases).toHaveCount(1);
    await expect(detail.leases.first()).toContainText(providerName);
    await expect(detail.leases.first()).toContainText("active");
    await expectNoSidewaysScroll(page);

    await detail.summary.getByRole("button", { name: "Give it a name" }).click();
    await detail.summary.getByRole("textbox", { name: "Name" }).fill("my web server");
    await detail.summary.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("deployment-name")).toHaveText("my web server");
    await page.getByRole("link", { name: "All deployments" }).click();
    await list.search.fill("web serv");
    await expect(list.rows).toHaveCount(1);
    await expect(list.row(leased).link).toHaveText("my web server");
  });

  test("a connected wallet lists its own deployments without typing an address", async ({
    page,
    stack,
  }, testInfo) => {
    const keplr = await FakeKeplr.install(page, stack.localnet.accounts, {
      account: "tenant-2",
      mode: testInfo.project.name === "phone" ? "mobile-web" : "extension",
    });
    const list = new DeploymentsPage(page);
    await list.open();
    await new WalletPage(page).connect("Keplr");
    await expect(list.ownerAddress).toHaveText(keplr.address);
    await expect(page.getByText("Your wallet")).toBeVisible();
    await expect(list.row(leased).provider).toContainText(providerName);
    await expect(page).not.toHaveURL(/owner=/);
  });

  test("a mistyped address is refused with a reason and kept for correction", async ({ page }) => {
    const list = new DeploymentsPage(page);
    await list.open();
    const typo = `${tenant.address.slice(0, -1)}${tenant.address.endsWith("q") ? "p" : "q"}`;
    await list.viewAddress(typo);
    await expect(list.addressForm.getByRole("alert")).toHaveText(
      "The address has a typo (its checksum fails).",
    );
    await expect(list.addressForm.getByLabel("Akash address")).toHaveValue(typo);
    await expect(page).not.toHaveURL(/owner=/);
  });
});
