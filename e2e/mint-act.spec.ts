// Journey: a newcomer holds AKT but no ACT. They pick a template in the SDL studio and click
// deploy; the console offers to mint the missing ACT and predicts what arrives (oracle price,
// mint spread, fee, epoch); they mint, watch the ACT arrive block by block exactly as predicted,
// and create the deployment with it.
import type { Locator } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { FakeKeplr } from "./support/fake-keplr";
import { freshAccountWithAkt } from "./support/fresh-account";
import { expectNoSidewaysScroll } from "./support/layout";
import { DeployFlow } from "./pages/deploy";

async function balance(rest: string, address: string, denom: string): Promise<bigint> {
  const body = (await (await fetch(`${rest}/cosmos/bank/v1beta1/balances/${address}`)).json()) as {
    balances: { denom: string; amount: string }[];
  };
  return BigInt(body.balances.find((b) => b.denom === denom)?.amount ?? "0");
}

/** "0.5025 ACT" → 502500n */
function microOf(text: string): bigint {
  const m = /([\d,]+)(?:\.(\d{1,6}))? ACT/.exec(text);
  if (!m) throw new Error(`no ACT amount in "${text}"`);
  return BigInt((m[1] ?? "0").replace(/,/g, "")) * 1_000_000n + BigInt((m[2] ?? "").padEnd(6, "0"));
}

async function screenshot(locator: Locator, path: string): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  await locator.page().screenshot({ path });
}

test("a wallet with AKT only mints the ACT it lacks, sees it arrive as predicted, then deploys", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(120_000);
  const { rest, rpc, accounts } = stack.localnet;
  const project = testInfo.project.name;
  const funder = accounts.find((a) => a.name === "tenant");
  if (!funder) throw new Error("the local network has no tenant account");
  const newcomer = await freshAccountWithAkt({ name: "newcomer", rpc, funder, uakt: "20000000" });
  expect(await balance(rest, newcomer.address, "uact")).toBe(0n);

  await FakeKeplr.install(page, [...accounts, newcomer], {
    account: "newcomer",
    mode: project === "phone" ? "mobile-web" : "extension",
  });
  const flow = new DeployFlow(page);
  await flow.startFromTemplate(project === "phone", "Web server (nginx)");
  await page.getByRole("button", { name: /^Deploy/ }).click();
  // The minimum deposit, typed: the default follows the runway, and the measured block time moves it.
  await flow.deployDialog.getByLabel("Deposit (ACT)").fill("0.5");

  // The offer: what the default burn brings at the oracle price less the spread, and when.
  const offer = flow.deployDialog.getByRole("region", { name: "Mint ACT" });
  await expect(offer).toContainText("Your wallet lacks 0.5 ACT");
  const receive = offer.getByTestId("mint-receive");
  await expect(receive).toHaveText(/^[\d,]+(\.\d+)? ACT$/);
  await expect(offer.getByTestId("mint-price")).toContainText("1 AKT = 1.25 ACT");
  await expect(offer.getByTestId("mint-price")).toContainText(
    /as of the latest block|\d+ s before the latest block/,
  );
  await expect(offer.getByTestId("mint-spread")).toContainText("0.25%");
  await expect(offer.getByTestId("mint-fee")).toContainText(/about [\d.]+ AKT/);
  await expect(offer).toContainText("At the end of the BME mint epoch, within 10 blocks");
  const predicted = (await receive.textContent()) ?? "";
  expect(microOf(predicted)).toBeGreaterThanOrEqual(500_000n);
  await expect(offer.getByLabel("AKT to burn")).toHaveValue(/^0\.\d+$/);
  await expectNoSidewaysScroll(page);
  await screenshot(offer, `/tmp/mint-offer-${project}.png`);
  await expect(flow.deployDialog.getByRole("button", { name: "Create deployment" })).toBeDisabled();

  // The review says the same conversion; signing queues the burn until the epoch ends.
  await offer.getByRole("button", { name: "Mint ACT" }).click();
  await expect(flow.review).toContainText(`you receive ${predicted}`);
  await screenshot(flow.review, `/tmp/mint-review-${project}.png`);
  await flow.sign("Mint ACT");
  const waiting = offer.getByTestId("mint-waiting");
  const arrived = offer.getByTestId("mint-arrived");
  await expect(waiting.or(arrived)).toBeVisible({ timeout: 30_000 });
  if (await waiting.isVisible()) {
    await expect(waiting).toContainText(/\d+ of at most 10 blocks/);
    await page.screenshot({ path: `/tmp/mint-waiting-${project}.png` });
  }

  await expect(arrived).toContainText(`${predicted} arrived in your wallet`, { timeout: 30_000 });
  await expect(arrived).toContainText(`(predicted ${predicted})`);
  expect(await balance(rest, newcomer.address, "uact")).toBe(microOf(predicted));
  await screenshot(arrived, `/tmp/mint-arrived-${project}.png`);
  await expectNoSidewaysScroll(page);

  // Then the create step goes through with the minted ACT.
  await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
  await flow.sign(/^Create deployment \d+$/);
  await page.waitForURL(/\/deployments\/\d+$/, { timeout: 30_000 });
  expect(await balance(rest, newcomer.address, "uact")).toBe(microOf(predicted) - 500_000n);
});
