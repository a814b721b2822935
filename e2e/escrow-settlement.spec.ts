// Lazy escrow settlement (node v2) as a tenant sees it: the chain stores an escrow's funds as of
// its last settlement, so after thousands of blocks nobody settled, the stored funds are far too
// high. The local network makes 10,000 blocks at once (admin POST /blocks); the deployment's page
// must then show the running balance, cost and time left the chain implies, not the stored funds.
// And the provider is paid every micro-unit the tenant is charged: there is no take rate (v2).
import { expect, test } from "./support/fixtures";
import { connectTenant, type Tenant } from "./support/chain";
import { DeploymentDetailPage, parseDuration } from "./pages/deployments";

const SKIP = 10_000;

interface InfoJson {
  escrow_account: {
    state: { funds: { amount: string }[]; transferred: { amount: string }[]; settled_at: string };
  };
}
interface LeaseJson {
  lease: { price: { amount: string }; created_at: string; closed_on: string };
  escrow_payment: { state: { withdrawn: { amount: string }; balance: { amount: string } } };
}

/** The block time the console uses: the average over the latest 100 blocks, from the REST gateway. */
async function measuredBlockTime(rest: string): Promise<number> {
  type Block = { block: { header: { height: string; time: string } } };
  const get = async (h: string) =>
    ((await (await fetch(`${rest}/cosmos/base/tendermint/v1beta1/blocks/${h}`)).json()) as Block).block
      .header;
  const latest = await get("latest");
  const older = await get(String(Number(latest.height) - 100));
  return (Date.parse(latest.time) - Date.parse(older.time)) / 1000 / 100;
}

async function chainView(tenant: Tenant, dseq: number) {
  const info = await tenant.rest<InfoJson>(
    `/akash/deployment/v1beta4/deployments/info?id.owner=${tenant.address}&id.dseq=${dseq}`,
  );
  const { leases } = await tenant.rest<{ leases: LeaseJson[] }>(
    `/akash/market/v1beta5/leases/list?filters.owner=${tenant.address}&filters.dseq=${dseq}`,
  );
  const { block } = await tenant.rest<{ block: { header: { height: string } } }>(
    "/cosmos/base/tendermint/v1beta1/blocks/latest",
  );
  return { info, lease: leases[0]!, height: Number(block.header.height) };
}

test("balance, cost and time left stay right when settled_at is 10,000 blocks behind; no take rate", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(360_000);
  const localnet = stack.localnet;
  const account = localnet.accounts.find((a) => a.name === "tenant-2")!;
  const tenant = await connectTenant({ mnemonic: account.mnemonic, rpc: localnet.rpc, rest: localnet.rest });
  const dseq = 300_000 + (Date.now() % 1_000_000) * 10 + (testInfo.project.name === "phone" ? 5 : 0);
  try {
    await tenant.createDeployments([dseq], undefined, "5000000");
    const bids = await tenant.waitForBids(dseq, localnet.providers.length);
    const bid = bids.find(
      (b) => b.provider === localnet.providers.find((p) => p.name === "provider-3")!.address,
    )!;
    await tenant.createLease(dseq, bid);

    const res = await fetch(`${localnet.admin}/blocks`, {
      method: "POST",
      body: JSON.stringify({ count: SKIP }),
    });
    expect(res.status).toBe(200);
    const forwarded = await chainView(tenant, dseq);
    const settledAt = Number(forwarded.info.escrow_account.state.settled_at);
    expect(forwarded.height - settledAt).toBeGreaterThanOrEqual(SKIP);
    // The console measures the block time over the last 100 blocks; blocks made at once by the admin
    // endpoint would measure near zero, which no real chain produces. Let 100 real blocks pass.
    const fastForwarded = forwarded.height;
    await expect
      .poll(async () => (await chainView(tenant, dseq)).height, { timeout: 180_000, intervals: [2_000] })
      .toBeGreaterThan(fastForwarded + 101);
    const before = await chainView(tenant, dseq);
    expect(Number(before.info.escrow_account.state.settled_at)).toBe(settledAt); // still unsettled

    const detail = new DeploymentDetailPage(page);
    await page.goto(`/deployments/${dseq}?owner=${tenant.address}`);
    await expect(detail.timeLeft).toHaveText(/\d/);
    const shownBalance = Number(
      /([\d.]+) ACT/.exec((await page.getByTestId("summary-balance").textContent()) ?? "")?.[1],
    );
    const shownLeft = parseDuration((await detail.timeLeft.textContent()) ?? "");
    const after = await chainView(tenant, dseq);

    // What the chain implies, at the heights just before and just after the page was read.
    const rate = Number(before.lease.lease.price.amount);
    const funds = Number(before.info.escrow_account.state.funds[0]?.amount);
    const remaining = (h: number) => funds - (h - settledAt) * rate;
    expect(shownBalance * 1e6).toBeLessThanOrEqual(remaining(before.height) + 100);
    expect(shownBalance * 1e6).toBeGreaterThanOrEqual(remaining(after.height) - 100);
    // Seconds left = blocks left × the measured block time (about 1 s on the local network).
    const blockTime = await measuredBlockTime(localnet.rest);
    const leftAt = (h: number) => (remaining(h) / rate) * blockTime;
    const slack = leftAt(after.height) > 86_400 ? 3_600 : 60;
    // The page measured a few blocks earlier than this test: its average may differ by a hair.
    const drift = leftAt(before.height) * 0.002;
    expect(shownLeft).toBeLessThanOrEqual(leftAt(before.height) + drift + 1);
    expect(shownLeft).toBeGreaterThanOrEqual(leftAt(after.height) - slack - drift);
    // Reading the stored funds as current would claim 10,000 blocks more.
    expect((funds / rate) * blockTime - shownLeft).toBeGreaterThan(SKIP * blockTime - slack);
    // The escrow panel shows the stored funds, as of the settlement, and says where the money goes.
    await expect(page.getByText(`as of block ${settledAt.toLocaleString("en-US")}`)).toBeVisible();
    await expect(page.getByTestId("escrow-take-rate")).toContainText("the provider receives all of it");
    await testInfo.attach("settled-behind", {
      path: await page
        .screenshot({ path: testInfo.outputPath("settled-behind.png"), fullPage: true })
        .then(() => testInfo.outputPath("settled-behind.png")),
      contentType: "image/png",
    });
  } finally {
    await tenant.closeDeployment(dseq).catch(() => undefined);
  }

  // No take rate: the module is gone (the gateway answers 501), and what the escrow transferred is
  // exactly what the provider withdrew, the lease price for every block it ran.
  const take = await fetch(`${localnet.rest}/akash/take/v1/params`);
  expect(take.status).toBe(501);
  const closed = await chainView(tenant, dseq);
  const transferred = Number(closed.info.escrow_account.state.transferred[0]?.amount);
  const withdrawn = Number(closed.lease.escrow_payment.state.withdrawn.amount);
  expect(withdrawn).toBe(transferred);
  const blocks = Number(closed.lease.lease.closed_on) - Number(closed.lease.lease.created_at);
  expect(Math.abs(transferred - Number(closed.lease.lease.price.amount) * blocks)).toBeLessThanOrEqual(2);
  tenant.disconnect();
});
