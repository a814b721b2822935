// Names and updates tell the truth. A deployment made from a named draft is listed by that name
// (after a reload too, and on a phone's first screen); an image update says before signing what it
// restarts, closes the editor once included, says whether the URIs changed, and then the URI answers
// with the new image, the events show it being pulled, and the logs are the new pod's.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectNoSidewaysScroll } from "./support/layout";
import { FakeKeplr } from "./support/fake-keplr";
import { DeployFlow } from "./pages/deploy";
import { DeploymentsPage } from "./pages/deployments";

const TEMPLATE = readFileSync(
  new URL("../src/features/sdl/templates/web-server.yaml", import.meta.url),
  "utf8",
);
const IMAGE_LINE = TEMPLATE.split("\n").findIndex((l) => l.includes("image: nginx:1.27-alpine")) + 1;

/** The page the service's ingress serves, which names the image its pods run. */
async function servedImage(page: Page, uri: string): Promise<string> {
  const answer = await page.request.get(uri);
  if (answer.status() !== 200) return `HTTP ${answer.status()}`;
  return /<dt>Image<\/dt><dd><code>([^<]+)</.exec(await answer.text())?.[1] ?? "";
}

test("a named draft's deployment keeps its name; an image update restarts, keeps the URI, and serves the new image", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(180_000);
  const isPhone = testInfo.project.name === "phone";
  await FakeKeplr.install(page, stack.localnet!.accounts, {
    account: "tenant",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const flow = new DeployFlow(page);
  await flow.startFromTemplate(isPhone, "Web server (nginx)");
  const name = `Shop front ${testInfo.project.name} ${Date.now().toString(36)}`;
  await page.getByLabel("Draft name").fill(name);
  await page.getByRole("button", { name: /^Deploy/ }).click();
  await expect(flow.deployDialog.getByLabel("Name")).toHaveValue(name);
  await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
  await flow.sign(/^Create deployment \d+$/);
  await page.waitForURL(/\/deployments\/\d+$/, { timeout: 30_000 });
  const dseq = flow.dseqFromUrl();

  await expect(flow.bids.first()).toBeVisible({ timeout: 30_000 });
  await flow.bids.first().getByRole("button", { name: "Accept" }).click();
  await flow.sign(/^Accept .* bid$/);
  await expect(page.getByText("All services are ready.")).toBeVisible({ timeout: 60_000 });
  const uri = (await flow.leaseCard.getByRole("link").first().getAttribute("href"))!;
  expect(await servedImage(page, uri)).toBe("nginx:1.27-alpine");
  await expect(flow.logs).toContainText(/\[web-[a-z]+-[a-z]+\]/, { timeout: 30_000 });
  const oldPod = /\[(web-[a-z]+-[a-z]+)\]/.exec((await flow.logs.textContent()) ?? "")![1]!;

  // Before signing: what the update restarts.
  await flow.openUpdateEditor();
  await flow.updateEditor.retypeLineEnd(IMAGE_LINE, 1, "8", "-alpine".length);
  await expect(flow.updatePanel.getByTestId("update-restarts")).toContainText(
    "Signing restarts web: nginx:1.27-alpine → nginx:1.28-alpine.",
  );
  await flow.updatePanel.getByRole("button", { name: "Update deployment" }).click();
  await flow.signAndWait(`Update deployment ${dseq}`);
  await flow.closeTxDialog(`Update deployment ${dseq}`);

  // After: the editor is closed, the outcome says what restarted and that the URI stayed.
  await expect(flow.updatePanel.getByTestId("update-editor")).toHaveCount(0);
  const outcome = flow.updatePanel.getByTestId("update-outcome");
  await expect(outcome).toContainText("Restarted: web: nginx:1.27-alpine → nginx:1.28-alpine.");
  const web = outcome.locator('[data-service="web"]');
  await expect(web).toHaveAttribute("data-changed", "false", { timeout: 30_000 });
  await expect(web).toContainText(`still answers at ${new URL(uri).host}`);
  await expect.poll(() => servedImage(page, uri), { timeout: 30_000 }).toBe("nginx:1.28-alpine");
  await expect(page.getByText("All services are ready.")).toBeVisible({ timeout: 30_000 });
  await flow.updatePanel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("updated.png"), fullPage: true });

  // The logs reopened on the new pod; the events show the new image pulled and the old pod stopped.
  const logsSection = page
    .getByRole("region", { name: "Logs" })
    .or(page.locator('section[aria-label="Logs"]'));
  await expect(logsSection.getByText("Live", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(flow.logs).toContainText(/\[web-[a-z]+-[a-z]+\]/, { timeout: 30_000 });
  await expect(flow.logs).not.toContainText(`[${oldPod}]`);
  await flow.leaseCard.getByRole("tab", { name: "Events" }).click();
  const events = page.getByTestId("kubeevents-output");
  await expect(events).toContainText('Pulling: Pulling image "nginx:1.28-alpine"', { timeout: 30_000 });
  await expect(events).toContainText(`[${oldPod}] Normal Killing: Stopping container web`);
  await expectNoSidewaysScroll(page);

  // The list shows the deployment by its name, after a reload too, on the first screen.
  const list = new DeploymentsPage(page);
  await list.open();
  const row = list.row(dseq);
  await expect(row.link).toHaveText(name);
  await page.reload();
  await expect(row.link).toHaveText(name);
  await expect(list.rows.first()).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: testInfo.outputPath("deployments.png") });

  await row.link.click();
  await flow.closeDeployment(dseq);
});
