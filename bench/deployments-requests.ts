// deployments-requests: how many chain requests the deployments page makes for its first page,
// for an owner with 10,000 deployments. It must be a small constant (one list query per state,
// one owner-wide leases query, providers, audits, the latest block), never one per row.
import { deploymentsStack } from "./lib/deployments-stack";
import { openDeployments } from "./lib/deployments-page";
import type { BenchResult } from "./lib/types";

export default async function run(): Promise<BenchResult[]> {
  const stack = await deploymentsStack();
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const load = await openDeployments(page, stack.url, stack.owner);
    const rows = await page.getByTestId("deployment-row").count();
    const byPath: Record<string, number> = {};
    for (const r of load.chainRequests) {
      const path = r.split("?")[0] ?? r;
      byPath[path] = (byPath[path] ?? 0) + 1;
    }
    return [
      {
        bench: "deployments-requests",
        value: load.chainRequests.length,
        unit: "requests",
        target: 8,
        deployments: stack.count,
        seedSeconds: Math.round(stack.seedSeconds),
        rowsInDom: rows,
        byPath,
      },
    ];
  } finally {
    await context.close();
  }
}
