// deployments-render: ms from the data arriving (the last list response the first page needs)
// to the first page of rows painted, for an owner with 10,000 deployments. Median of 5 loads.
import { deploymentsStack, median } from "./lib/deployments-stack";
import { openDeployments } from "./lib/deployments-page";
import type { BenchResult } from "./lib/types";

const RUNS = 5;

export default async function run(): Promise<BenchResult[]> {
  const stack = await deploymentsStack();
  const samples: number[] = [];
  for (const viewport of Array.from({ length: RUNS }, () => ({ width: 1280, height: 900 }))) {
    const context = await stack.browser.newContext({ viewport });
    try {
      samples.push((await openDeployments(await context.newPage(), stack.url, stack.owner)).renderMs);
    } finally {
      await context.close();
    }
  }
  const phone = await stack.browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true });
  let phoneMs = 0;
  try {
    phoneMs = (await openDeployments(await phone.newPage(), stack.url, stack.owner)).renderMs;
  } finally {
    await phone.close();
  }
  return [
    {
      bench: "deployments-render",
      value: Math.round(median(samples)),
      unit: "ms",
      target: 200,
      deployments: stack.count,
      samples: samples.map(Math.round),
      phoneMs: Math.round(phoneMs),
    },
  ];
}
