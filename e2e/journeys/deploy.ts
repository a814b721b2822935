// The deploy journey on the local network, signed by the injected Keplr in the browser:
// GPU template → create (fee shown) → bids from the providers that fit → accept the cheapest
// audited one → manifest sent → status ready and the service opens → logs stream → deposit →
// update the image tag (diff shown, resource change refused) → close → the escrow's funds back in the balance.
// Run by deploy-journey.spec.ts (the console server) and static-host.spec.ts (the built app on a
// plain static host at a sub-path, with a separate proxy): the same journey must pass on both.
import { readFileSync } from "node:fs";
import type { Page, TestInfo } from "@playwright/test";
import { expect } from "../support/fixtures";
import type { E2eStack } from "../support/stack";
import { expectNoSidewaysScroll } from "../support/layout";
import { FakeKeplr } from "../support/fake-keplr";
import { DeployFlow } from "../pages/deploy";
import { EDITOR_CHUNK } from "../pages/monaco-editor";
const TEMPLATE = readFileSync(
  new URL("../../src/features/sdl/templates/ollama-llm.yaml", import.meta.url),
  "utf8",
);
/** The deployed SDL is the template as picked: its lines are the editor's lines. */
const lineOf = (needle: string) => TEMPLATE.split("\n").findIndex((l) => l.includes(needle)) + 1;

async function uact(rest: string, address: string): Promise<bigint> {
  const body = (await (await fetch(`${rest}/cosmos/bank/v1beta1/balances/${address}`)).json()) as {
    balances: { denom: string; amount: string }[];
  };
  return BigInt(body.balances.find((b) => b.denom === "uact")?.amount ?? "0");
}

/** A full-page screenshot kept with the test's output, to look at each layout. */
async function shot(page: Page, path: string): Promise<string> {
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The `leases` claim of the JWT whose "header.payload" the wallet was asked to sign. */
function jwtLeases(signingInput: string): unknown {
  const payload = signingInput.split(".")[1] ?? "";
  return (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { leases: unknown }).leases;
}

export async function deployJourney(page: Page, stack: E2eStack, testInfo: TestInfo): Promise<void> {
  const localnet = stack.localnet;
  const isPhone = testInfo.project.name === "phone";
  const keplr = await FakeKeplr.install(page, localnet.accounts, {
    account: "tenant",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const flow = new DeployFlow(page);

  await flow.startFromTemplate(isPhone, "Ollama LLM server");
  // 1 s blocks make a GPU lease burn fast: deposit enough for the whole journey.
  const fee = await flow.createFromStudio("5");
  expect(fee).toMatch(/AKT/);
  await page.waitForURL(/\/deployments\/\d+$/);
  const dseq = flow.dseqFromUrl();

  // Bids from the providers that have an H100 or A100 with 80 GiB; the CPU-only one never bids.
  const h100 = localnet.providers.find((p) => p.audited && p.name === "provider-1");
  await expect(flow.bids.first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => flow.bids.count(), { timeout: 20_000 }).toBe(2);
  // The orders panel reads the same live query: it never lags behind the bids table.
  await expect(page.getByText(/^Order 1\/1/)).toContainText("2 bids");
  const cpuOnly = localnet.providers.find((p) => p.name === "provider-3")!;
  await expect(page.locator(`[data-testid="bid-row"][data-provider="${cpuOnly.address}"]`)).toHaveCount(0);
  await expectNoSidewaysScroll(page);

  await testInfo.attach("bids", {
    path: await shot(page, testInfo.outputPath("bids.png")),
    contentType: "image/png",
  });
  await page.getByLabel("Audited only").check();
  await expect(flow.bids).toHaveCount(1);
  await expect(flow.bids.first()).toHaveAttribute("data-provider", h100!.address);
  await flow.bids.first().getByRole("button", { name: "Accept" }).click();
  await flow.sign(/^Accept .* bid$/);

  await expect(page.getByText("Manifest sent to the provider.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("All services are ready.")).toBeVisible({ timeout: 60_000 });
  const link = flow.leaseCard.getByRole("link").first();
  const href = await link.getAttribute("href");
  const answer = await page.request.get(href!);
  expect(answer.status()).toBe(200);
  await expect(flow.logs).toContainText(/\S/, { timeout: 30_000 });
  // Manifest, status and logs went through with tokens that reach only this deployment.
  const grants = keplr.callsOf("signArbitrary").map((c) => jwtLeases(String(c.args[2])));
  expect(grants.length).toBeGreaterThan(0);
  for (const leases of grants)
    expect(leases).toEqual({
      access: "granular",
      permissions: [
        {
          provider: h100!.address,
          access: "granular",
          deployments: [
            {
              dseq: Number(dseq),
              scope: ["send-manifest", "status", "logs", "events"],
              services: ["ollama"],
            },
          ],
        },
      ],
    });
  await testInfo.attach("lease", {
    path: await shot(page, testInfo.outputPath("lease.png")),
    contentType: "image/png",
  });
  await expectNoSidewaysScroll(page);

  await flow.manage().getByLabel("Add funds (ACT)").fill("1");
  await flow.manage().getByRole("button", { name: "Deposit" }).click();
  await expect(flow.review).toBeVisible();
  await testInfo.attach("review", {
    path: await shot(page, testInfo.outputPath("review.png")),
    contentType: "image/png",
  });
  await flow.signAndWait(`Add funds to deployment ${dseq}`);
  await flow.closeTxDialog(`Add funds to deployment ${dseq}`);

  // Update: Monaco loads only when the editor opens; a resource change is stopped with the reason;
  // an image tag change shows its diff and goes through. A reload drops the studio's Monaco.
  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));
  await page.reload();
  await expect(flow.updatePanel.getByRole("button", { name: "Edit SDL" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("All services are ready.")).toBeVisible({ timeout: 30_000 });
  expect(requested.filter((u) => EDITOR_CHUNK.test(u))).toEqual([]);
  await flow.openUpdateEditor();
  await expect.poll(() => requested.filter((u) => EDITOR_CHUNK.test(u)).length).toBeGreaterThanOrEqual(3);
  await expect(flow.updateChanges).toHaveText("No changes from the deployed SDL yet.");
  const editor = flow.updateEditor;
  await editor.retypeLineEnd(lineOf("units: 8"), 1, "16");
  await expect(flow.updatePanel.getByRole("alert")).toContainText(/Resources of group “akash” changed/);
  await expect(flow.updatePanel.getByRole("button", { name: "Update deployment" })).toBeDisabled();
  await editor.retypeLineEnd(lineOf("units: 8"), 2, "8");
  await editor.retypeLineEnd(lineOf("image: ollama/ollama:0.5.7"), 1, "8");
  await expect(flow.updateChanges).toHaveText("1 line added, 1 line removed.");
  await expect
    .poll(() => flow.updateDiff())
    .toEqual({ removed: ["    image: ollama/ollama:0.5.7"], added: ["    image: ollama/ollama:0.5.8"] });
  await expect(flow.updatePanel.getByRole("alert")).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await flow.updatePanel.scrollIntoViewIfNeeded();
  await testInfo.attach("update", {
    path: await shot(page, testInfo.outputPath("update.png")),
    contentType: "image/png",
  });
  await flow.updatePanel.getByRole("button", { name: "Update deployment" }).click();
  await flow.signAndWait(`Update deployment ${dseq}`);
  await flow.closeTxDialog(`Update deployment ${dseq}`);
  // Once included the editor closes and the panel says what restarted.
  await expect(flow.updatePanel.getByTestId("update-editor")).toHaveCount(0);
  await expect(flow.updatePanel.getByTestId("update-outcome")).toContainText(
    "Restarted: ollama: ollama/ollama:0.5.7 → ollama/ollama:0.5.8.",
  );
  // The provider got the new manifest: its pods pull the new image (kube events, streamed).
  await flow.leaseCard.getByRole("tab", { name: "Events" }).click();
  await expect(page.getByTestId("kubeevents-output")).toContainText("ollama/ollama:0.5.8", {
    timeout: 30_000,
  });

  const before = await uact(localnet.rest, keplr.address);
  await flow.closeDeployment(dseq);
  await expect.poll(() => uact(localnet.rest, keplr.address), { timeout: 15_000 }).toBeGreaterThan(before);
}
