// deployments-filter: ms per keystroke in the deployments search, from the input event to the
// frame after the list shows the filtered rows; with the first page loaded, and again with
// 1,000 rows loaded (scrolled). Median over the keystrokes of a dseq search. Target < 50 ms.
import type { Page } from "@playwright/test";
import { deploymentsStack, median } from "./lib/deployments-stack";
import { openDeployments } from "./lib/deployments-page";
import type { BenchResult } from "./lib/types";

// A string, not a function: the bundler that runs benchmarks renames functions, and the page
// has none of its helpers.
const KEYSTROKE = `async (c) => {
  const input = document.querySelector('input[type="search"]');
  if (!input) throw new Error("no search box");
  const target = input.value + c;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const t0 = performance.now();
  setValue.call(input, target);
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await new Promise((done) => {
    const check = () => {
      const applied = document.querySelector('[data-testid="deployments-count"]')?.dataset.query;
      if (applied === target) requestAnimationFrame(() => done());
      else requestAnimationFrame(check);
    };
    check();
  });
  return performance.now() - t0;
}`;

async function typeAndMeasure(page: Page, text: string, rounds = 3): Promise<number[]> {
  const times: number[] = [];
  for (const ch of Array.from({ length: rounds }, () => [...text]).flatMap((chars, round) =>
    round === 0 ? chars : ["\n", ...chars],
  )) {
    if (ch === "\n") {
      await page.getByLabel("Search").fill("");
      continue;
    }
    const ms = await page.evaluate<number>(`(${KEYSTROKE})(${JSON.stringify(ch)})`);
    times.push(ms);
  }
  return times;
}

async function loadRows(page: Page, wanted: number): Promise<number> {
  const loaded = () =>
    page.evaluate(() =>
      Number(
        /of (\d+) loaded/.exec(
          document.querySelector('[data-testid="deployments-count"]')?.textContent ?? "",
        )?.[1] ?? 0,
      ),
    );
  for (let i = 0; i < 100 && (await loaded()) < wanted; i++) {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(250);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return loaded();
}

export default async function run(): Promise<BenchResult[]> {
  const stack = await deploymentsStack();
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await openDeployments(page, stack.url, stack.owner);
    const query = String(stack.count - 3);
    await page.getByLabel("Search").fill("");
    const firstPage = await typeAndMeasure(page, query);
    await page.getByLabel("Search").fill("");
    const loaded = await loadRows(page, 1000);
    await page.getByLabel("Search").fill("");
    const many = await typeAndMeasure(page, query);
    return [
      {
        bench: "deployments-filter",
        value: Math.round(median(firstPage) * 10) / 10,
        unit: "ms/keystroke",
        target: 50,
        loadedRows: 100,
        samples: firstPage.map((t) => Math.round(t)),
        manyRows: loaded,
        msAtManyRows: Math.round(median(many) * 10) / 10,
        maxAtManyRows: Math.round(Math.max(...many)),
      },
    ];
  } finally {
    await context.close();
  }
}
