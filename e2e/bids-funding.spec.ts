// Choosing a provider and funding truthfully, on the local network with the injected Keplr:
// the deploy dialog screens providers and defaults the deposit to the runway (warning under an
// hour); bids name the GPU each provider allocates, filter by it, sort by price per GPU-hour and
// name their auditor; the overview shows the account runway; the provider's page lists the lease;
// close says how much comes back, and that is what returns.
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectNoSidewaysScroll } from "./support/layout";
import { FakeKeplr } from "./support/fake-keplr";
import { AppShell } from "./pages/app-shell";
import { DeployFlow } from "./pages/deploy";

async function uact(rest: string, address: string): Promise<number> {
  const body = (await (await fetch(`${rest}/cosmos/bank/v1beta1/balances/${address}`)).json()) as {
    balances: { denom: string; amount: string }[];
  };
  return Number(body.balances.find((b) => b.denom === "uact")?.amount ?? "0");
}

async function shot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

/** "About 343.85 ACT comes back" → micro-units */
const actToMicro = (text: string) => Math.round(Number(text.replace(/,/g, "")) * 1_000_000);

test("a GPU deployment: screened and funded for a day, bids by allocated GPU and GPU-hour, runway, refund on close", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(240_000);
  const localnet = stack.localnet;
  const isPhone = testInfo.project.name === "phone";
  const keplr = await FakeKeplr.install(page, localnet.accounts, {
    account: "tenant",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const h100 = localnet.providers.find((p) => p.name === "provider-1")!;
  const a100 = localnet.providers.find((p) => p.name === "provider-2")!;
  const flow = new DeployFlow(page);
  await flow.startFromTemplate(isPhone, "Ollama LLM server");
  await page.getByRole("button", { name: /^Deploy/ }).click();
  const dialog = flow.deployDialog;

  // Screening before signing: the SDL asks for an H100 or an 80 GiB A100; the CPU-only provider cannot bid.
  const gpuProviders = localnet.providers.filter((p) => /Nordlicht|Pacific/.test(p.organization)).length;
  await expect(dialog.getByTestId("screening-fit")).toHaveText(
    `${gpuProviders} of ${localnet.providers.length} providers`,
  );
  await expect(dialog.getByTestId("screening-reasons")).toContainText("GPU model");
  await expect(dialog.getByTestId("screening-reasons")).toContainText("Lion City Hosting");

  // The deposit covers a day at the maximum price (3 ACT an hour: 72 ACT), not the 0.5 ACT minimum.
  const deposit = dialog.getByLabel("Deposit (ACT)");
  const runway = dialog.getByTestId("deposit-runway");
  await expect(runway).toHaveText(/^Lasts at least (1 d|23 h 59 min) at the maximum price/);
  await expect(runway).toContainText("measured");
  expect(Number(await deposit.inputValue())).toBeGreaterThan(70);
  expect(Number(await deposit.inputValue())).toBeLessThan(75);
  await expect(dialog.getByTestId("deposit-short-runway")).toHaveCount(0);
  // A quarter of an hour: warned before anything is signed.
  await dialog.getByLabel("Runway (hours)").fill("0.25");
  await expect(runway).toHaveText(/^Lasts at least 1[45] min/);
  await expect(dialog.getByTestId("deposit-short-runway")).toContainText("Under an hour");
  await shot(page, testInfo, "deploy-short-runway");
  await dialog.getByLabel("Runway (hours)").fill("24");
  await expect(dialog.getByTestId("deposit-short-runway")).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await shot(page, testInfo, "deploy");
  await dialog.getByRole("button", { name: "Create deployment" }).click();
  await flow.sign(/^Create deployment \d+$/);
  await page.waitForURL(/\/deployments\/\d+$/, { timeout: 30_000 });
  const dseq = flow.dseqFromUrl();

  // Each bid names the model its provider allocates, not the models the SDL accepts.
  await expect.poll(() => flow.bids.count(), { timeout: 30_000 }).toBe(2);
  const bidOf = (address: string) => page.locator(`[data-testid="bid-row"][data-provider="${address}"]`);
  await expect(bidOf(h100.address).getByTestId("bid-gpu")).toHaveText("1 × H100");
  await expect(bidOf(a100.address).getByTestId("bid-gpu")).toHaveText("1 × A100");
  await expect(bidOf(h100.address).getByTestId("bid-auditors")).toHaveText(
    "Audited by Local network auditor",
  );
  await expect(bidOf(a100.address).getByText("Not audited")).toBeVisible();
  await expect(bidOf(a100.address).getByTestId("bid-among")).toHaveText(/^Cheapest of 2/);
  await expect(bidOf(h100.address).getByTestId("bid-among")).toHaveText(/^\+\d+% vs the cheapest/);
  await expect(bidOf(h100.address).getByRole("link", { name: h100.organization })).toHaveAttribute(
    "href",
    `/providers/${h100.address}`,
  );

  // Sorted by price per GPU-hour, cheapest first.
  const sortBy = page.getByLabel("Sort bids by");
  await sortBy.selectOption("uptime");
  await sortBy.selectOption("gpu-hour");
  const gpuHours = async () =>
    (await flow.bids.getByTestId("bid-price-gpu-hour").allTextContents()).map((t) =>
      Number(/([\d.,]+) ACT/.exec(t)?.[1]?.replace(/,/g, "")),
    );
  const prices = await gpuHours();
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  await expect(flow.bids.first()).toHaveAttribute("data-provider", a100.address);
  await expectNoSidewaysScroll(page);
  await shot(page, testInfo, "bids");

  // The H100 filter keeps only the H100 offer.
  await page.getByLabel("GPU model").selectOption("h100");
  await expect(flow.bids).toHaveCount(1);
  await expect(flow.bids.first()).toHaveAttribute("data-provider", h100.address);
  await page.getByLabel("GPU model").selectOption("");
  await expect(flow.bids).toHaveCount(2);

  await bidOf(a100.address).getByRole("button", { name: "Accept" }).click();
  await flow.sign(/^Accept .* bid$/);
  await expect(page.getByText("Manifest sent to the provider.")).toBeVisible({ timeout: 30_000 });

  // The overview: this deployment with its time left, and the account runway.
  const shell = new AppShell(page, isPhone);
  await shell.navigate("Overview");
  const row = page.locator(`[data-testid="overview-deployment"][data-dseq="${dseq}"]`);
  await expect(row).toBeVisible({ timeout: 20_000 });
  await expect(row.getByTestId("overview-time-left")).toHaveText(/\d+ (d|h|min)/);
  await expect(page.getByTestId("account-runway")).toContainText(/Spending [\d.,]+ ACT\/hour/);
  await expect(page.getByTestId("runway-first")).toHaveText(/\d/);
  await expectNoSidewaysScroll(page);
  await shot(page, testInfo, "overview");

  // The provider's page lists this lease among the tenant's leases there.
  await page.goto(`/providers/${a100.address}`);
  // The lease is listed under the draft's name (#15.4), linking to its deployment.
  const mine = page.getByTestId("provider-my-leases").getByRole("link", { name: "Ollama LLM server" });
  await expect(mine).toHaveAttribute("href", new RegExp(`/deployments/${dseq}$`), { timeout: 20_000 });
  await expect(page.getByTestId("provider-capacity").getByTestId("provider-online")).toHaveText("Online now");
  await expectNoSidewaysScroll(page);
  await shot(page, testInfo, "provider");

  // Close says how much comes back; the wallet gets that back (less the blocks until inclusion).
  await page.goto(`/deployments/${dseq}`);
  await flow.manage().getByRole("button", { name: "Close deployment" }).click();
  const confirm = page.getByRole("dialog", { name: `Close deployment ${dseq}?` });
  const refund = confirm.getByTestId("close-refund");
  await expect(refund).toHaveText(/^About [\d.,]+ ACT comes back/);
  await shot(page, testInfo, "close");
  const promised = actToMicro(/About ([\d.,]+) ACT/.exec((await refund.textContent()) ?? "")?.[1] ?? "NaN");
  const before = await uact(localnet.rest, keplr.address);
  await confirm.getByRole("button", { name: "Close it" }).click();
  await flow.signAndWait(`Close deployment ${dseq}`);
  const returned = (await uact(localnet.rest, keplr.address)) - before;
  // The lease costs well under 0.001 ACT a block; signing and inclusion take a few dozen blocks at most.
  expect(returned).toBeLessThanOrEqual(promised + 5_000);
  expect(returned).toBeGreaterThan(promised - 60_000);
});
