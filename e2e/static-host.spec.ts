// The console as a static app (issue #19): `npm run build` with CONSOLE_BASE_PATH=/console/,
// served by a plain static file server at that sub-path, its config.json (beside index.html)
// pointing at the local network and at a provider proxy started separately at another origin.
// The whole deploy journey must pass there, deep-link reloads included.
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { RuntimeConfig } from "../src/config/config-json";
import { runViteBuild } from "../server/build-if-needed";
import { expect, test as base } from "./support/fixtures";
import { deployJourney } from "./journeys/deploy";
import { readStackInfo } from "./support/stack";
import { startProxy, startStaticHost } from "./support/static-host";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const PREFIX = "/console/";

interface StaticSite {
  url: string;
  proxyUrl: string;
  writeConfig(config: RuntimeConfig): Promise<void>;
  config(proxy: boolean): RuntimeConfig;
}

/**
 * A deep link (or reload) on a plain host is answered by 404.html with status 404, which Chromium
 * logs as a console error. Only documents may be missing: any other 404 (an asset, the config, an
 * image outside the base path) is collected, and the test checks none happened.
 */
function allowDocument404s(page: Page, guard: { allowConsoleErrors(...p: RegExp[]): void }): string[] {
  guard.allowConsoleErrors(/Failed to load resource: the server responded with a status of 404/);
  const missing: string[] = [];
  page.on("response", (r) => {
    if (r.status() === 404 && r.request().resourceType() !== "document") missing.push(r.url());
  });
  return missing;
}

/** `npm run build` with CONSOLE_BASE_PATH=/console/, into `dist`. */
async function buildAt(dist: string): Promise<void> {
  const previous = process.env.CONSOLE_BASE_PATH;
  process.env.CONSOLE_BASE_PATH = PREFIX;
  await runViteBuild(root, dist).finally(() => {
    if (previous === undefined) delete process.env.CONSOLE_BASE_PATH;
    else process.env.CONSOLE_BASE_PATH = previous;
  });
}

const test = base.extend<object, { site: StaticSite }>({
  site: [
    async ({}, use) => {
      const stack = readStackInfo();
      if (!stack.localnetFile) throw new Error("The e2e stack did not report its localnet.json.");
      // One build per run, in the run's scratch directory: each project gets its own worker, and
      // the build is the same for both.
      const runDir = process.env.E2E_RUN_DIR;
      const own = runDir ? null : await mkdtemp(join(tmpdir(), "akash-console-static-"));
      const dist = join(runDir ?? own!, "static-console-dist");
      if (!existsSync(join(dist, "index.html"))) await buildAt(dist);
      const host = await startStaticHost(dist, PREFIX);
      const proxy = await startProxy(root, stack.localnetFile, host.url);
      const { localnet } = stack;
      const config = (withProxy: boolean): RuntimeConfig => ({
        defaultNetwork: "local",
        networks: [
          {
            id: "local",
            name: "Local network",
            chainId: localnet.chainId,
            rpc: [localnet.rpc],
            rest: [localnet.rest],
            averageBlockTimeSec: localnet.blockTimeMs / 1000,
            localWallet: false,
            kind: "local",
          },
        ],
        walletConnectProjectId: null,
        providerProxy: withProxy ? `${proxy.url}/provider-proxy` : null,
      });
      const writeConfig = (c: RuntimeConfig) => writeFile(join(dist, "config.json"), JSON.stringify(c));
      await writeConfig(config(true));
      await use({ url: `${host.url}${PREFIX}`, proxyUrl: proxy.url, writeConfig, config });
      await proxy.stop();
      await host.stop();
      if (own) await rm(own, { recursive: true, force: true });
    },
    { scope: "worker", timeout: 300_000 },
  ],
  baseURL: async ({ site }, use) => {
    await use(site.url);
  },
});

test("the deploy journey passes on a plain static host at a sub-path, with a proxy at another origin", async ({
  page,
  stack,
  site,
  guard,
}, testInfo) => {
  test.setTimeout(300_000);
  const missing = allowDocument404s(page, guard);
  await site.writeConfig(site.config(true));
  const proxied: string[] = [];
  page.on("request", (r) => {
    if (r.url().startsWith(site.proxyUrl)) proxied.push(r.method());
  });
  await deployJourney(page, stack, testInfo);
  // Manifest, status and logs really crossed origins (CORS preflight, then the relays).
  expect(proxied).toContain("POST");
  expect(page.url().startsWith(site.url)).toBe(true);
  expect(missing, "files the static host did not have").toEqual([]);
});

test("with no proxy configured, the app boots from deep links on the static host and reads the chain", async ({
  page,
  stack,
  site,
  guard,
}) => {
  const missing = allowDocument404s(page, guard);
  await site.writeConfig(site.config(false));
  // A deep link on the static host: its 404.html boots the app at the right page.
  await page.goto("./receipts");
  await expect(page.getByRole("heading", { level: 1, name: "Receipts" })).toBeVisible();
  await page.goto("./providers");
  await expect(page.getByRole("heading", { level: 1, name: "Providers" })).toBeVisible();
  await expect(page.getByTestId("network-status")).toBeVisible();
  // A provider's page reads the chain, and says why its live capacity cannot be asked.
  const provider = stack.localnet.providers[0]!;
  await page.goto(`./providers/${provider.address}`);
  await expect(page.getByTestId("provider-capacity")).toContainText(
    "Could not ask: this console has no provider proxy (config.json sets none)",
  );
  expect(missing, "files the static host did not have").toEqual([]);
  await site.writeConfig(site.config(true));
});
