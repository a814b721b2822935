// studio-load: what the browser downloads (bytes on the wire: compressed bodies and headers, page
// and workers, from Resource Timing) from opening /new until the studio is ready on a template:
// the editor shows it, the checker has judged it (0 errors) and the manifest hash is shown. Split
// into the page's JavaScript, the workers' (Monaco's and the checker's) and everything else.
// Target: no more than before the checker moved to a worker: 1,571.3 KiB, measured on 7da02e6
// (chain-sdk on the page, no checker worker).
import type { Page, Worker } from "@playwright/test";
import { startDeployBench } from "./lib/deploy-stack";
import type { BenchResult } from "./lib/types";

const TEMPLATE = "Ollama LLM server";
const BEFORE_KIB = 1571.3;

interface Entry {
  name: string;
  transferSize: number;
}

function resources(): Entry[] {
  const list = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
  const nav = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
  return [...nav, ...list].map((e) => ({ name: e.name, transferSize: e.transferSize }));
}

async function waitUntilReady(page: Page): Promise<void> {
  await page.goto("/new");
  await page.getByRole("button", { name: `Use template: ${TEMPLATE}` }).click();
  await page.locator('[data-testid="sdl-editor"] .view-lines').waitFor();
  await page.getByTestId("problem-counts").filter({ hasText: "0 errors, 0 warnings" }).waitFor();
  await page
    .getByTestId("manifest-hash")
    .filter({ hasText: /^[0-9a-f]{64}$/ })
    .waitFor();
  await page.waitForLoadState("networkidle");
}

export default async function run(): Promise<BenchResult[]> {
  const bench = await startDeployBench();
  try {
    const context = await bench.browser.newContext({ baseURL: bench.info.url });
    const page = await context.newPage();
    await waitUntilReady(page);
    const pageEntries = await page.evaluate(resources);
    const workers = page.workers();
    const workerEntries = (
      await Promise.all(workers.map((w: Worker) => w.evaluate(resources).catch(() => [])))
    ).flat();
    if (process.env.BENCH_VERBOSE)
      for (const e of [...pageEntries, ...workerEntries]) console.error(e.transferSize, e.name);
    await context.close();
    const sum = (entries: Entry[]) => entries.reduce((n, e) => n + e.transferSize, 0);
    const js = sum(pageEntries.filter((e) => e.name.endsWith(".js")));
    const other = sum(pageEntries.filter((e) => !e.name.endsWith(".js")));
    const inWorkers = sum(workerEntries);
    const kib = (n: number) => Math.round((n / 1024) * 10) / 10;
    return [
      {
        bench: "studio-load",
        value: kib(js + inWorkers + other),
        unit: "KiB on the wire",
        target: BEFORE_KIB,
        pageJsKiB: kib(js),
        workersKiB: kib(inWorkers),
        otherKiB: kib(other),
        workers: workers.length,
      },
    ];
  } finally {
    await bench.close();
  }
}
