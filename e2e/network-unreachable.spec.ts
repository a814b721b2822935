// A network that does not answer is named as such on the pages that would otherwise ask for a
// wallet: connecting or typing an address there would only lead to reads that fail. Switching to a
// network that answers brings the usual pages back, with nothing of the other network left over.
import { expect, test } from "./support/fixtures";
import { AppShell } from "./pages/app-shell";

test("pages on an unreachable network say so instead of 'Connect wallet', and a switch clears it", async ({
  page,
  guard,
}, testInfo) => {
  // Mainnet's endpoints are unreachable from the test machine: its requests are aborted.
  guard.allowMainnetEndpoints();
  const shell = new AppShell(page, testInfo.project.name === "phone");
  const main = page.getByRole("main");
  await shell.open("/settings");
  await page.getByLabel("Network", { exact: true }).selectOption("mainnet");
  await expect(shell.networkStatus).toHaveAttribute("data-state", "unreachable", { timeout: 20_000 });

  await shell.navigate("Overview");
  const notice = main.getByTestId("network-unreachable");
  await expect(notice.getByRole("heading")).toHaveText("Mainnet does not answer");
  await expect(notice).toContainText("nothing on this network can be read or signed");
  await expect(main.getByRole("button", { name: "Connect wallet" })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("overview-unreachable.png") });

  await shell.navigate("Deployments");
  await expect(notice.getByRole("heading")).toHaveText("Mainnet does not answer");
  await expect(main.getByRole("heading", { name: "Whose deployments?" })).toHaveCount(0);

  await notice.getByRole("link", { name: /Settings/ }).click();
  await page.getByLabel("Network", { exact: true }).selectOption("local");
  await expect(shell.networkStatus).toHaveAttribute("data-state", /live|polling/);
  await shell.navigate("Overview");
  await expect(main.getByRole("heading", { name: "Connect your wallet to begin" })).toBeVisible();
  await expect(main.getByTestId("network-unreachable")).toHaveCount(0);
});
