// deploy-click-to-sign: client-side ms from the click on "Create deployment" to the wallet
// receiving the sign request, network excluded (target < 150). Measured in the page: the click,
// the review dialog appearing and being approved (the user's time, excluded), the sign request
// posted to the wallet, and every network request in between (Resource Timing, excluded as the
// union of their intervals). The first round is cold (the signing code loads); the median is
// over the warm rounds that follow in the same page.
import { median, startDeployBench } from "./lib/deploy-stack";
import type { BenchResult } from "./lib/types";

const ROUNDS = 4;

interface Marks {
  click: number;
  reviewShown: number;
  approve: number;
  signRequest: number;
  network: [number, number][];
}

/** Installed in the page: timestamps of the four moments, from performance.now(). */
function instrument(): void {
  const w = window as unknown as { __marks: Partial<Marks> };
  w.__marks = {};
  document.addEventListener(
    "click",
    (e) => {
      const text = (e.target as HTMLElement).closest("button")?.textContent ?? "";
      if (text.startsWith("Create deployment")) w.__marks = { click: performance.now() };
      if (text.startsWith("Sign in")) w.__marks.approve = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (
      w.__marks.click !== undefined &&
      w.__marks.reviewShown === undefined &&
      document.querySelector('[data-testid="tx-review"]')
    )
      w.__marks.reviewShown = performance.now();
  }).observe(document.body, { subtree: true, childList: true });
  window.addEventListener("message", (e: MessageEvent<{ type?: string; method?: string }>) => {
    if (
      e.data?.type?.startsWith("proxy-request") &&
      e.data.method === "signDirect" &&
      w.__marks.signRequest === undefined
    )
      w.__marks.signRequest = performance.now();
  });
}

function clientMs(m: Marks): number {
  const window = m.signRequest - m.click - (m.approve - m.reviewShown);
  // Union of network intervals inside the window, outside the user's review time.
  const clipped = m.network
    .flatMap(([s, e]): [number, number][] => [
      [Math.max(s, m.click), Math.min(e, m.reviewShown)],
      [Math.max(s, m.approve), Math.min(e, m.signRequest)],
    ])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let network = 0;
  let end = -Infinity;
  for (const [s, e] of clipped) {
    if (e <= end) continue;
    network += e - Math.max(s, end);
    end = e;
  }
  return window - network;
}

export default async function run(): Promise<BenchResult[]> {
  const bench = await startDeployBench();
  const samples: number[] = [];
  try {
    const { page } = await bench.open("tenant-2", "/new");
    await page.evaluate(instrument);
    await page.getByRole("button", { name: "Use template: Web server (nginx)" }).click();
    for (let round = 0; round < ROUNDS; round++) {
      await page.getByRole("button", { name: /^Deploy/ }).click();
      const dialog = page.getByRole("dialog", { name: "Deploy" });
      await dialog.getByRole("button", { name: "Create deployment" }).click();
      await page.getByTestId("tx-review").waitFor();
      await page.getByRole("button", { name: /^Sign in / }).click();
      await page.waitForURL(/\/deployments\/\d+$/, { timeout: 30_000 });
      const marks = await page.evaluate(() => {
        const m = (window as unknown as { __marks: Marks }).__marks;
        const network = performance
          .getEntriesByType("resource")
          .filter((r): r is PerformanceResourceTiming => "responseEnd" in r)
          .map((r): [number, number] => [r.startTime, r.responseEnd]);
        return { ...m, network };
      });
      if (marks.signRequest === undefined) throw new Error("the wallet never received a sign request");
      samples.push(clientMs(marks));
      performance.clearResourceTimings();
      await page.goBack();
      await page.getByRole("button", { name: /^Deploy/ }).waitFor();
    }
  } finally {
    await bench.close();
  }
  const [cold = 0, ...warm] = samples;
  return [
    {
      bench: "deploy-click-to-sign",
      value: Math.round(median(warm)),
      unit: "ms (median, warm)",
      target: 150,
      cold: Math.round(cold),
      rounds: samples.length,
    },
  ];
}
