// Discovery: when the selected network asks for a newer client than this console (its
// /akash/discovery/v1/info min_client_version, set here the way an operator sets it after an
// upgrade), every page says so; when it stops asking, the message goes.
import { expect, test } from "./support/fixtures";

test("a network that asks for a newer client says so on every page, and stops when it no longer asks", async ({
  page,
  stack,
}) => {
  const admin = stack.localnet.admin;
  const setMin = (minClientVersion: string) =>
    page.request.post(`${admin}/discovery`, { data: { minClientVersion } });
  expect((await setMin("99.0.0")).ok()).toBe(true);
  try {
    await page.goto("/");
    const banner = page.getByTestId("client-version-banner");
    await expect(banner).toContainText(
      `This network (${stack.localnet.chainId}, node v2.1.0) asks for a client at version 99.0.0 or newer`,
    );
    await expect(banner).toContainText("built with chain-sdk 1.0.0-alpha.25");
    await page.goto("/new");
    await expect(banner).toBeVisible();
  } finally {
    await setMin("");
  }
  await page.reload();
  await expect(page.getByTestId("network-status")).toBeVisible();
  await expect(page.getByTestId("client-version-banner")).toHaveCount(0);
});
