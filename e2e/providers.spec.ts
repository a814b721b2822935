// Journey: the providers of the local network with their regions, GPU models and audits,
// filtered like a tenant choosing where to deploy; then one provider's detail page.
import { expect, test } from "./support/fixtures";
import { expectNoSidewaysScroll } from "./support/layout";
import { ProvidersPage } from "./pages/providers";

test("the providers page lists the local providers with region, GPUs and audits, and filters them", async ({
  page,
  stack,
}) => {
  const providers = stack.localnet.providers;
  const list = new ProvidersPage(page);
  await list.open();
  await expect(list.items).toHaveCount(providers.length);
  for (const p of providers) {
    const item = list.item(p.organization);
    await expect(item.getByTestId("provider-region")).toHaveText(p.region);
    if (p.audited) await expect(item.getByText("Audited")).toBeVisible();
    else await expect(item.getByText("Audited")).toHaveCount(0);
  }
  await expect(list.item("Nordlicht Compute GmbH").getByTestId("provider-gpus")).toHaveText("H100 80Gi");
  await expect(list.item("Pacific Edge Cloud").getByTestId("provider-gpus")).toHaveText(
    "A100 80Gi, RTX4090 24Gi",
  );
  await expect(list.item("Lion City Hosting").getByTestId("provider-gpus")).toHaveText("CPU only");
  await expectNoSidewaysScroll(page);

  await list.auditedOnly.check();
  await expect(list.items).toHaveCount(providers.filter((p) => p.audited).length);
  await list.auditedOnly.uncheck();
  await list.gpuFilter.selectOption("rtx4090");
  await expect(list.items).toHaveCount(1);
  await expect(list.items.first()).toContainText("Pacific Edge Cloud");
  await list.gpuFilter.selectOption("");
  await list.search.fill("ap-south");
  await expect(list.items).toHaveCount(1);
  await expect(list.items.first()).toContainText("Lion City Hosting");
});

test("a provider's page shows its host, whether it answers, its free capacity, attributes and who audited it", async ({
  page,
  stack,
}) => {
  const audited = stack.localnet.providers.find((p) => p.audited)!;
  const auditor = stack.localnet.accounts.find((a) => a.name === "auditor")!;
  const list = new ProvidersPage(page);
  await list.open();
  await list.item(audited.organization).getByRole("link", { name: audited.organization }).click();
  await expect(page).toHaveURL(new RegExp(`/providers/${audited.address}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(audited.organization);
  await expect(page.getByText(audited.hostUri)).toBeVisible();
  // The auditor by the name the network gives it, its address beside it.
  await expect(page.getByTestId("auditor-name")).toHaveText("Local network auditor");
  await expect(page.getByText(auditor.address)).toBeVisible();
  // Its /status, through the proxy: it answers, and its H100s are counted free or leased.
  const capacity = page.getByTestId("provider-capacity");
  await expect(capacity.getByTestId("provider-online")).toHaveText("Online now");
  await expect(capacity).toContainText(/H100 80Gi\s*\d of 8 free/);
  const attributes = page.getByTestId("provider-attributes");
  await expect(attributes).toContainText("Region");
  await expect(attributes).toContainText("NVIDIA H100 80Gi SXM");
  await page.getByRole("button", { name: "Raw keys" }).click();
  await expect(attributes.getByText("region", { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page);
});
