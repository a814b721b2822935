// Shared by the deploy benchmarks: the stack users run (local network with 1 s blocks + console
// server on a fresh build), headless Chromium, and a page connected with the injected Keplr.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "@playwright/test";
import { runViteBuild } from "../../server/build-if-needed";
import { startStack, type StackInfo } from "../../e2e/support/stack";
import { FakeKeplr } from "../../e2e/support/fake-keplr";
import { findChromium } from "../../e2e/support/find-chromium";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface DeployBench {
  info: StackInfo & { localnet: NonNullable<StackInfo["localnet"]> };
  browser: Browser;
  /** a new page, connected with Keplr as `account`, at `path` */
  open(account: string, path: string): Promise<{ page: Page; keplr: FakeKeplr }>;
  admin(path: string, body: unknown): Promise<void>;
  close(): Promise<void>;
}

export async function startDeployBench(): Promise<DeployBench> {
  const dir = await mkdtemp(join(tmpdir(), "bench-deploy-"));
  const dist = process.env.E2E_DIST ?? join(dir, "dist");
  if (!process.env.E2E_DIST) await runViteBuild(root, dist);
  const stack = await startStack(root, [
    ...["--no-build", "--dist", dist, "--port", "0", "--data-dir", join(dir, "localnet"), "--reset"],
    ...["--rpc-port", "0", "--rest-port", "0", "--admin-port", "0", "--provider-base-port", "0"],
    ...["--relay-port", "0"],
    ...["--block-time-ms", "1000"],
  ]);
  const localnet = stack.info.localnet;
  if (!localnet) throw new Error("the stack started without a local network");
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const info = { ...stack.info, localnet };
  return {
    info,
    browser,
    async open(account, path) {
      const page = await browser.newPage({ baseURL: info.url });
      const keplr = await FakeKeplr.install(page, localnet.accounts, { account });
      await page.goto(path);
      await page.getByRole("banner").getByRole("button", { name: "Connect wallet" }).click();
      await page
        .getByRole("dialog", { name: "Connect a wallet" })
        .getByRole("button", { name: "Connect Keplr", exact: true })
        .click();
      await page.getByTestId("wallet-name").waitFor();
      return { page, keplr };
    },
    async admin(path, body) {
      const res = await fetch(`${localnet.admin}${path}`, { method: "POST", body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`admin ${path}: HTTP ${res.status}`);
    },
    async close() {
      await browser.close();
      await stack.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
