// Journey: the template gallery. Search it, read a template's detail, open it in the studio and
// see its stated price per hour and month on the local network's 1 s blocks (not 6× it, as when
// amounts were written for mainnet's 6 s blocks). Then import from URLs served by a fixture
// server (CORS): a web page and a broken SDL are refused with the reason; a template index joins
// the gallery, and its template deploys to a ready lease.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { FakeKeplr } from "./support/fake-keplr";
import { expectNoSidewaysScroll } from "./support/layout";
import { DeployFlow } from "./pages/deploy";
import { SdlStudio } from "./pages/sdl-studio";
import { WalletPage } from "./pages/wallet";

const FIXTURE_SDL = `---
version: "2.0"
services:
  hello:
    image: nginx:1.27-alpine
    expose:
      - port: 80
        as: 80
        to:
          - global: true
profiles:
  compute:
    hello:
      resources:
        cpu:
          units: 0.25
        memory:
          size: 256Mi
        storage:
          - size: 512Mi
  placement:
    akash:
      pricing:
        hello:
          denom: uact
          amount: 1
deployment:
  hello:
    akash:
      profile: hello
      count: 1
`;

const INDEX = {
  templates: [
    {
      id: "fixture-hello",
      title: "Fixture hello page",
      description: "<img src=x onerror=alert(1)> served by the fixture index",
      category: "Fixtures",
      tags: ["fixture", "nginx"],
      pricePerHour: { hello: "0.02" },
      homepage: "https://example.com/hello",
      sdl: FIXTURE_SDL,
    },
  ],
};

/** A static server on loopback, as a raw-file host would be: CORS open, fixed content types. */
async function fixtureServer(): Promise<{ base: string; server: Server }> {
  const files: Record<string, [string, string]> = {
    "/hello.yaml": ["text/yaml", FIXTURE_SDL],
    "/broken.yaml": ["text/yaml", FIXTURE_SDL.replace("denom: uact", "denom: uakt")],
    "/templates.json": ["application/json", JSON.stringify(INDEX)],
    "/page.html": ["text/html", "<!doctype html><h1>Not an SDL</h1>"],
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? ""];
    res.writeHead(file ? 200 : 404, {
      "content-type": file?.[0] ?? "text/plain",
      "access-control-allow-origin": "*",
    });
    res.end(file?.[1] ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

const summaryValue = (page: Page, term: string) =>
  page
    .getByTestId("summary-price")
    .locator("dt", { hasText: term })
    .locator("xpath=following-sibling::dd[1]");

test("search the gallery, read a template's detail, and open it at its hourly price on 1 s blocks", async ({
  page,
}, testInfo) => {
  const studio = new SdlStudio(page);
  await studio.open();
  const cards = page.getByTestId("template-card");
  await expect(cards).toHaveCount(26);
  await shot(page, testInfo, "gallery");

  await page.getByLabel("Search templates").fill("rtx4090 llm");
  await expect(page.getByTestId("template-count")).toHaveText("2 of 26 templates");
  await page.getByLabel("Search templates").fill("");
  await page.getByRole("group", { name: "Categories" }).getByRole("button", { name: "Databases" }).click();
  await expect(cards).toHaveCount(4);
  await page.getByRole("group", { name: "Categories" }).getByRole("button", { name: "All" }).click();
  await page.getByLabel("Search templates").fill("ollama h100");
  await expect(cards).toHaveCount(1);
  await expect(cards.first().getByTestId("template-price")).toHaveText(
    "up to 3 ACT/hour · 2,191.46 ACT/month ≈ $2,191.46",
  );

  await page.getByRole("button", { name: "Details: Ollama LLM server" }).click();
  const detail = page.getByTestId("template-detail");
  await expect(detail.getByTestId("detail-service")).toHaveCount(1);
  await expect(detail).toContainText("ollama/ollama:0.5.7");
  await expect(detail.getByTestId("detail-gpu")).toHaveText("1 × GPU: nvidia h100 80Gi or nvidia a100 80Gi");
  await expect(detail).toContainText("11434/TCP (public)");
  await expect(detail.getByTestId("detail-price")).toContainText("Max per hour3 ACT");
  await expect(detail.getByTestId("detail-price")).toContainText("2,191.46 ACT");
  // On 1 s blocks, 3 ACT an hour is about 833 uact a block (not mainnet's 5,081.67).
  await expect(detail.getByTestId("detail-per-block")).toContainText(/^8\d\d(\.\d+)? uact per block/);
  await expectNoSidewaysScroll(page);
  await shot(page, testInfo, "detail");

  await detail.getByRole("button", { name: "Use template: Ollama LLM server" }).click();
  await studio.waitForEditor();
  await expect(studio.problemCounts).toHaveText("0 errors, 0 warnings");
  await expect(summaryValue(page, "Max per hour")).toHaveText("3 ACT");
  await expect(studio.pricePerMonth).toHaveText("2,191.46 ACT ≈ $2,191.46");
  const perBlock = Number((await summaryValue(page, "Max per block").textContent())?.replace(/[^\d.]/g, ""));
  expect(perBlock).toBeGreaterThan(700);
  expect(perBlock).toBeLessThan(1000);
});

test("import from URLs: a web page and a broken SDL are refused, an index's template deploys to a ready lease", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(180_000);
  const isPhone = testInfo.project.name === "phone";
  const { base, server } = await fixtureServer();
  try {
    await FakeKeplr.install(page, stack.localnet.accounts, {
      account: "tenant-2",
      mode: isPhone ? "mobile-web" : "extension",
    });
    const studio = new SdlStudio(page);
    await studio.open();
    await new WalletPage(page).connect("Keplr");
    const url = page.getByLabel("SDL or template index URL");
    const importButton = page.getByRole("button", { name: "Import from URL" });

    await url.fill(`${base}/page.html`);
    await importButton.click();
    await expect(page.getByTestId("import-error")).toContainText("is a web page, not an SDL");
    await url.fill("javascript:alert(1)");
    await importButton.click();
    await expect(page.getByTestId("import-error")).toContainText("Only http(s) addresses");

    // An SDL with errors is checked before the editor: the verdict comes first.
    await url.fill(`${base}/broken.yaml`);
    await importButton.click();
    await expect(page.getByTestId("import-verdict")).toContainText("1 error");
    await expect(page.getByTestId("import-verdict")).toContainText("priced in ACT");
    await shot(page, testInfo, "import-verdict");
    await page.getByRole("button", { name: "Cancel" }).click();

    await url.fill(`${base}/templates.json`);
    await importButton.click();
    const host = new URL(base).host;
    const card = page.getByTestId("template-card").filter({ hasText: "Fixture hello page" });
    await expect(card).toContainText(`from ${host}`);
    // A description is text, never markup.
    await expect(card).toContainText("<img src=x onerror=alert(1)>");
    await expect(card.getByTestId("template-price")).toHaveText(
      "up to 0.02 ACT/hour · 14.61 ACT/month ≈ $14.61",
    );
    await expectNoSidewaysScroll(page);
    await shot(page, testInfo, "import-index");
    await card.getByRole("button", { name: "Use template: Fixture hello page" }).click();
    await studio.waitForEditor();
    await expect(page.getByLabel("Draft name")).toHaveValue("Fixture hello page");
    await expect(studio.problemCounts).toHaveText("0 errors, 0 warnings");
    await expect(summaryValue(page, "Max per hour")).toHaveText("0.02 ACT");

    const flow = new DeployFlow(page);
    await flow.createFromStudio("1");
    await expect(flow.bids.first()).toBeVisible({ timeout: 30_000 });
    await flow.bids.first().getByRole("button", { name: "Accept" }).click();
    await flow.sign(/^Accept .* bid$/);
    await expect(page.getByText("Manifest sent to the provider.")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("All services are ready.")).toBeVisible({ timeout: 60_000 });

    // A plain SDL from a URL opens as its own draft, as its author priced it.
    await studio.open();
    await page.getByRole("button", { name: "Templates", exact: true }).click();
    await page.getByLabel("SDL or template index URL").fill(`${base}/hello.yaml`);
    await page.getByRole("button", { name: "Import from URL" }).click();
    await expect(page.getByLabel("Draft name")).toHaveValue("hello");
    await expect(summaryValue(page, "Max per block")).toHaveText("1 uact");
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
