import { expect, test } from "./support/fixtures";
import { AppShell } from "./pages/app-shell";

test("switching network changes the header, and endpoint health is shown", async ({
  page,
  guard,
}, testInfo) => {
  // Mainnet endpoints are unreachable from the test machine: requests are aborted, as expected.
  guard.allowMainnetEndpoints();
  const shell = new AppShell(page, testInfo.project.name === "phone");
  await shell.open("/settings");
  await expect(page.getByTestId("endpoint-rest").first()).toContainText(/\d+ ms/);
  await page.getByLabel("Network", { exact: true }).selectOption("mainnet");
  await expect(shell.networkStatus).toContainText("Mainnet");
  await expect(page.getByText("Chain-id akashnet-2.")).toBeVisible();
  await page.getByLabel("Network", { exact: true }).selectOption("local");
  await expect(shell.networkStatus).toContainText("Local network");
});

test("a custom endpoint of another chain is refused with a sentence that says why", async ({
  page,
  guard,
  stack,
}) => {
  guard.allowMainnetEndpoints();
  const localnet = stack.localnet;
  await page.goto("/settings");
  await page.getByLabel("Network", { exact: true }).selectOption("mainnet");
  const form = page.getByRole("form", { name: "Add a custom endpoint" });
  await form.getByLabel("Kind").selectOption("rest");
  await form.getByLabel("Endpoint URL").fill(localnet.rest);
  await form.getByRole("button", { name: "Check and add" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    `Not added. This endpoint serves chain "${localnet.chainId}", but Mainnet is "akashnet-2".`,
  );
  await expect(page.getByTestId("endpoint-rest").filter({ hasText: localnet.rest })).toHaveCount(0);

  // The same endpoint is accepted for the network it belongs to; the verdict about Mainnet's
  // endpoint does not follow the switch.
  await page.getByLabel("Network", { exact: true }).selectOption("local");
  await expect(form.getByRole("alert")).toHaveCount(0);
  await form.getByLabel("Kind").selectOption("rpc");
  await form.getByLabel("Endpoint URL").fill(localnet.rpc.replace("127.0.0.1", "localhost"));
  await form.getByRole("button", { name: "Check and add" }).click();
  await expect(form.getByRole("status")).toContainText("Added");
  await expect(page.getByTestId("endpoint-rpc").filter({ hasText: "localhost" })).toBeVisible();
});
