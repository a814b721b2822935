// The SDL builder on the local network: from an empty SDL, a two-service deployment (a web front
// and a GPU service with a persistent volume) is written entirely in the form, with the checker's
// markers on the fields until it is complete; the YAML follows every form edit and a comment
// typed in the YAML survives them; then it deploys, an audited GPU provider's bid is accepted and
// the lease becomes ready.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectNoSidewaysScroll } from "./support/layout";
import { FakeKeplr } from "./support/fake-keplr";
import { AppShell } from "./pages/app-shell";
import { DeployFlow } from "./pages/deploy";
import { SdlStudio } from "./pages/sdl-studio";
import { WalletPage } from "./pages/wallet";

/** What the screen shows with `target` scrolled into view, kept with the test's output to look at. */
async function shot(page: Page, target: Locator, path: string): Promise<string> {
  await target.scrollIntoViewIfNeeded();
  await page.screenshot({ path });
  return path;
}

async function addService(page: Page, name: string, image: string): Promise<Locator> {
  await page.getByLabel("New service name").fill(name);
  await page.getByRole("button", { name: "Add service" }).click();
  const card = page.getByRole("region", { name: `Service ${name}` });
  await card.getByLabel("Image", { exact: true }).fill(image);
  return card;
}

test("an SDL built entirely in the form deploys two services, one with a GPU and a persistent volume, to a ready lease", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(240_000);
  const isPhone = testInfo.project.name === "phone";
  await FakeKeplr.install(page, stack.localnet.accounts, {
    account: "tenant",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const studio = new SdlStudio(page);
  const flow = new DeployFlow(page);
  await new AppShell(page, isPhone).open("/new");
  await new WalletPage(page).connect("Keplr");
  await page.getByRole("button", { name: "start from an empty SDL" }).click();

  // The form is what a phone shows first; the YAML is one tap away.
  await studio.form.waitFor();
  if (isPhone) await expect(studio.editor).toHaveCount(0);
  else await studio.waitForEditor();

  // The first service, before its image is set: the checker's marker is on the form's field.
  await page.getByLabel("New service name").fill("web");
  await page.getByRole("button", { name: "Add service" }).click();
  const web = page.getByRole("region", { name: "Service web" });
  const image = web.getByLabel("Image", { exact: true });
  await expect(image).toHaveAttribute("aria-invalid", "true", { timeout: 15_000 });
  await expect(web.getByTestId("form-marker").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await testInfo.attach("builder with errors", {
    path: await shot(page, image, testInfo.outputPath("builder-errors.png")),
    contentType: "image/png",
  });

  await image.fill("nginx:1.27-alpine");
  await web.getByRole("button", { name: "Add port" }).click();
  await expect(web.getByLabel("Container port")).toHaveValue("80");
  await expect(web.getByLabel("Open to the internet (global)")).toBeChecked();

  // A comment typed in the YAML survives the form edits that follow.
  if (isPhone) await studio.showYaml();
  await studio.waitForEditor();
  await studio.insertLineAfter(1, "# built in the form");
  await studio.showForm();

  const llm = await addService(page, "llm", "ollama/ollama:0.5.7");
  await llm.getByLabel("CPU").fill("2");
  await llm.getByLabel("Memory").fill("8Gi");
  await llm.getByLabel("GPUs for llm").fill("1");
  // The models come from what the network's providers advertise on chain.
  const models = llm.getByRole("group", { name: "GPU models for llm" });
  await expect(models.getByLabel("h100 80Gi")).toBeVisible();
  await expect(models.getByLabel("rtx4090 24Gi")).toBeVisible();
  await models.getByLabel("h100 80Gi").check();
  await llm.getByRole("button", { name: "Add volume" }).click();
  const volume = llm.getByTestId("volume");
  await volume.getByLabel("Volume 1 name").fill("models");
  await volume.getByLabel("Size").fill("50Gi");
  await volume.getByLabel("Mount path").fill("/root/.ollama");
  await expect(volume.getByRole("combobox")).toHaveValue("beta3");

  // The placement: prices in ACT, and only providers the network's auditor signed.
  const placement = page.getByRole("region", { name: "Placement dcloud" });
  await placement.getByLabel("Max price for web (uact per block)").fill("100");
  await placement.getByLabel("Max price for llm (uact per block)").fill("2000");
  await expect(placement.getByText(/ACT\/hour/).first()).toBeVisible();
  await placement
    .getByRole("combobox", { name: /^Require / })
    .first()
    .selectOption("anyOf");

  await expect(studio.problemCounts).toHaveText("0 errors, 0 warnings", { timeout: 15_000 });
  await expect(page.getByTestId("form-marker")).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await testInfo.attach("builder complete: GPU", {
    path: await shot(page, models, testInfo.outputPath("builder-gpu.png")),
    contentType: "image/png",
  });
  await testInfo.attach("builder complete: placement", {
    path: await shot(page, placement, testInfo.outputPath("builder-placement.png")),
    contentType: "image/png",
  });

  const yaml = (await studio.editorText()).replace(/\r\n/g, "\n");
  expect(yaml).toContain("# built in the form");
  expect(yaml).toMatch(/nvidia:\n\s+- model: h100\n\s+ram: 80Gi/);
  expect(yaml).toMatch(/params:\n\s+storage:\n\s+models:\n\s+mount: \/root\/\.ollama/);
  expect(yaml).toMatch(/signedBy:\n\s+anyOf:\n\s+- akash1/);

  await flow.createFromStudio("5");
  await expect(flow.bids.first()).toBeVisible({ timeout: 30_000 });
  // Only the audited H100 provider fits: a GPU, the model, and the auditor's signature.
  const h100 = stack.localnet.providers.find((p) => p.audited && p.name === "provider-1");
  await expect(flow.bids).toHaveCount(1);
  await expect(flow.bids.first()).toHaveAttribute("data-provider", h100!.address);
  await flow.bids.first().getByRole("button", { name: "Accept" }).click();
  await flow.sign(/^Accept .* bid$/);
  await expect(page.getByText("Manifest sent to the provider.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("All services are ready.")).toBeVisible({ timeout: 60_000 });
});
