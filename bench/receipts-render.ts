// receipts-render: ms from navigation to the receipts panel showing its first rows with 10,000
// receipts (5,000 signing attempts) in the browser's IndexedDB, in Chromium, against the built
// app served by the console server (no local network needed). The database is seeded in the page
// with receipts built by the app's own code; the time is the page's own clock (performance.now()
// at the moment the count and the first row are on screen). Target 1000 ms.
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { runViteBuild } from "../server/build-if-needed";
import { findChromium } from "../e2e/support/find-chromium";
import { startStack } from "../e2e/support/stack";
import { isLoopbackUrl } from "../e2e/support/fixtures";
import { ReceiptsPage } from "../e2e/pages/receipts";
import { sampleChain } from "../src/features/receipts/testing/sample-chain.ts";
import type { BenchResult } from "./lib/types";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const ATTEMPTS = 5_000;
const RUNS = 3;

export default async function run(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), "bench-receipts-render-"));
  const dist = process.env.BENCH_DIST ?? join(dir, "dist");
  if (!process.env.BENCH_DIST) await runViteBuild(root, dist);
  const stack = await startStack(root, ["--no-build", "--dist", dist, "--port", "0", "--no-localnet"]);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const chain = await sampleChain(ATTEMPTS);
    const page = await browser.newPage({ baseURL: stack.info.url });
    await page.route(
      (url) => !isLoopbackUrl(url.toString()),
      (route) => route.abort(),
    );
    const receipts = new ReceiptsPage(page);
    await receipts.seed(chain);
    const times: number[] = [];
    const shell: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto("/receipts");
      await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Receipts", null, {
        polling: "raf",
      });
      shell.push(await page.evaluate(() => performance.now()));
      await page.waitForFunction(
        (expected) =>
          document.querySelector("[data-testid=receipt-count]")?.textContent === expected &&
          document.querySelector("[data-testid=receipt-row]") !== null,
        `${ATTEMPTS} signing attempts, ${chain.length} receipts`,
        { polling: "raf", timeout: 60_000 },
      );
      times.push(await page.evaluate(() => performance.now()));
    }
    const rows = await receipts.rows.count();
    times.sort((a, b) => a - b);
    return [
      {
        bench: "receipts-render",
        value: Math.round(times[Math.floor(RUNS / 2)]!),
        unit: "ms (median of 3 loads)",
        target: 1000,
        receipts: chain.length,
        rowsInDom: rows,
        runs: times.map(Math.round),
        /** when the page heading showed: app boot, before any receipt is read */
        headingMs: shell.map(Math.round),
        loadAverage: Math.round(loadavg()[0]! * 10) / 10,
      },
    ];
  } finally {
    await browser.close();
    await stack.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
