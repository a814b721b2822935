// In-page instrumentation for the deployments benchmarks: when the first deployment row is in
// the DOM, the next animation frame marks "painted"; the chain requests the page made are read
// from Resource Timing.
import type { Page } from "@playwright/test";

const MARK_FIRST_ROWS = `
  (() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="deployment-row"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => { window.__rowsPaintedAt = performance.now(); }));
    });
    observer.observe(document, { childList: true, subtree: true });
  })();
`;

export interface FirstPageLoad {
  /** ms from the last list response needed for the first page to the frame after rows appeared */
  renderMs: number;
  chainRequests: string[];
  staticRequests: number;
}

const DATA_PATHS = ["/deployments/list", "/leases/list"];

export async function openDeployments(page: Page, baseUrl: string, owner: string): Promise<FirstPageLoad> {
  await page.addInitScript(MARK_FIRST_ROWS);
  const chainRequests: string[] = [];
  let staticRequests = 0;
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.origin === new URL(baseUrl).origin) staticRequests++;
    else chainRequests.push(`${url.pathname}${url.search}`);
  });
  await page.goto(`${baseUrl}/deployments?owner=${owner}`);
  await page.waitForFunction(
    () => typeof (window as { __rowsPaintedAt?: number }).__rowsPaintedAt === "number",
    null,
    {
      timeout: 60_000,
    },
  );
  // Let late requests (providers, audits, block) settle so they are counted too.
  await page.waitForTimeout(1500);
  const renderMs = await page.evaluate((paths) => {
    const painted = (window as { __rowsPaintedAt?: number }).__rowsPaintedAt ?? 0;
    const ends = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((e) => paths.some((p) => e.name.includes(p)) && e.responseEnd <= painted)
      .map((e) => e.responseEnd);
    return painted - Math.max(...ends);
  }, DATA_PATHS);
  return { renderMs, chainRequests, staticRequests };
}
