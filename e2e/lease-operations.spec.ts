// Operating a running lease from the console: a shell into a replica (xterm loads only then),
// commands and their output, a resize the container sees, copy and paste, a file downloaded from
// the container; logs searched with highlighting, and a stream cut while idle (console#799) that
// comes back by itself with every line exactly once and says it reconnected.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { createTenant, type Tenant } from "../localnet/providers/testing/tenant.ts";
import { request as providerRequest, collect } from "../localnet/providers/testing/providerClient.ts";
import { expect, test } from "./support/fixtures";
import { expectNoSidewaysScroll } from "./support/layout";
import { FakeKeplr } from "./support/fake-keplr";
import { WalletPage } from "./pages/wallet";
import { LeasePanel, TERMINAL_CHUNK } from "./pages/lease";

const SDL = `
version: "2.0"
services:
  web:
    image: nginx:1.27
    expose:
      - port: 80
        as: 80
        to:
          - global: true
  db:
    image: postgres:16
    env:
      - POSTGRES_DB=shop
    expose:
      - port: 5432
        to:
          - service: web
profiles:
  compute:
    web:
      resources:
        cpu: { units: 0.5 }
        memory: { size: 512Mi }
        storage: { size: 1Gi }
    db:
      resources:
        cpu: { units: 0.5 }
        memory: { size: 512Mi }
        storage: { size: 1Gi }
  placement:
    dc:
      pricing:
        web: { denom: uact, amount: 1000 }
        db: { denom: uact, amount: 1000 }
deployment:
  web:
    dc: { profile: web, count: 2 }
  db:
    dc: { profile: db, count: 1 }
`;

interface Lease {
  dseq: number;
  provider: { name: string; address: string; hostUri: string };
  uri: string;
}

async function admin(base: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(base + path, { method: "POST", body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`admin ${path}: HTTP ${res.status} ${await res.text()}`);
}

/** The lease card as the user sees it, at the device's own size. */
async function shot(page: Page, path: string): Promise<string> {
  await new LeasePanel(page).card.screenshot({ path });
  return path;
}

test.describe("operating a lease", () => {
  let tenant: Tenant;
  let lease: Lease;

  test.beforeAll(async ({ stack }, testInfo) => {
    const localnet = stack.localnet;
    const account = localnet.accounts.find((a) => a.name === "tenant-2")!;
    tenant = await createTenant({ mnemonic: account.mnemonic, rpc: localnet.rpc, rest: localnet.rest });
    const dseq = 300_000 + (Date.now() % 1_000_000) * 10 + (testInfo.project.name === "phone" ? 5 : 0);
    const { manifest } = await tenant.createDeployment(SDL, dseq);
    const provider = localnet.providers.find((p) => p.name === "provider-3")!;
    let bid;
    for (let i = 0; i < 100 && !bid; i++) {
      bid = (await tenant.bids(dseq)).find((b) => b.provider === provider.address);
      if (!bid) await new Promise((r) => setTimeout(r, 250));
    }
    if (!bid) throw new Error("provider-3 did not bid");
    // Accepting closes every other open bid, and its gas is simulated first: a bid landing in between
    // would run the lease out of gas. Wait until the bidding has settled (two blocks without a new one).
    for (let count = -1, i = 0; i < 20; i++) {
      const now = (await tenant.bids(dseq)).length;
      if (now === count) break;
      count = now;
      await new Promise((r) => setTimeout(r, 2_000));
    }
    await tenant.createLease(dseq, bid);
    const token = await tenant.token();
    for (let i = 0; i < 40; i++) {
      const sent = await providerRequest(`${provider.hostUri}/deployment/${dseq}/manifest`, {
        method: "PUT",
        token,
        body: manifest,
      });
      if (sent.status === 200) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    let uri = "";
    for (let i = 0; i < 60 && !uri; i++) {
      const status = await providerRequest(`${provider.hostUri}/lease/${dseq}/1/1/status`, { token });
      const services = (
        JSON.parse(status.body) as { services?: Record<string, { ready_replicas: number; uris: string[] }> }
      ).services;
      if (services?.web?.ready_replicas === 2 && services.db?.ready_replicas === 1)
        uri = services.web.uris[0] ?? "";
      else await new Promise((r) => setTimeout(r, 500));
    }
    if (!uri) throw new Error("the lease did not become ready");
    lease = { dseq, provider, uri };
  });

  test.afterAll(async () => {
    await tenant?.closeDeployment(lease.dseq).catch(() => undefined);
    tenant?.disconnect();
  });

  test("a shell into a service's replica: run a command, resize, copy and paste, download a file", async ({
    page,
    context,
    stack,
  }, testInfo) => {
    const isPhone = testInfo.project.name === "phone";
    await FakeKeplr.install(page, stack.localnet.accounts, {
      account: "tenant-2",
      mode: isPhone ? "mobile-web" : "extension",
    });
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`/deployments/${lease.dseq}`);
    await new WalletPage(page).connect("Keplr");
    await expect(page.getByText("All services are ready.")).toBeVisible({ timeout: 30_000 });
    const panel = new LeasePanel(page);

    await panel.tab("Shell").click();
    await page.getByLabel("Shell service").selectOption("web");
    await page.getByLabel("Replica").selectOption({ label: "Replica 2 of 2" });
    expect(requested.filter((u) => TERMINAL_CHUNK.test(u))).toEqual([]);
    await page.getByRole("button", { name: "Open shell" }).click();
    await expect(panel.shellState).toHaveText("Connected");
    expect(requested.filter((u) => TERMINAL_CHUNK.test(u)).length).toBeGreaterThan(0);
    await expect.poll(() => panel.screen()).toMatch(/root@web-[a-z]+-[a-z]+:\/# /);

    await panel.run("echo made-by-the-e2e > /tmp/e2e.txt; cat /tmp/e2e.txt; hostname");
    await expect.poll(() => panel.screen()).toMatch(/\nmade-by-the-e2e\s*\nweb-[a-z]+-[a-z]+\s*\n/);

    // Resize: the container sees the terminal's new size.
    await panel.run("clear; stty size");
    const size = async () => /^(\d+) (\d+)\s*\n/.exec(await panel.screen())?.slice(1, 3) ?? null;
    await expect.poll(size).not.toBeNull();
    const before = (await size())!;
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: viewport.width - 120, height: viewport.height });
    await panel.run("clear; stty size");
    await expect.poll(async () => (await size())?.[1]).not.toBe(before[1]);
    expect(Number((await size())![1])).toBeLessThan(Number(before[1]));
    await page.setViewportSize(viewport);

    // Paste through the clipboard, as the Paste button does.
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.evaluate(() => navigator.clipboard.writeText("echo pasted-from-clipboard"));
    await page.getByRole("button", { name: "Paste" }).click();
    await page.keyboard.press("Enter");
    await expect.poll(() => panel.screen()).toMatch(/\npasted-from-clipboard\s*\n/);

    await testInfo.attach("shell", {
      path: await shot(page, testInfo.outputPath("shell.png")),
      contentType: "image/png",
    });
    await expectNoSidewaysScroll(page);

    // Download the file the shell wrote, from the same replica.
    await page.getByLabel("File path in the container").fill("/tmp/e2e.txt");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download file" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("e2e.txt");
    expect(readFileSync(await download.path(), "utf8")).toBe("made-by-the-e2e\n");
    await page.getByLabel("File path in the container").fill("/tmp/nothing-here");
    await page.getByRole("button", { name: "Download file" }).click();
    await expect(page.getByTestId("download-state")).toHaveText(
      "cat: /tmp/nothing-here: No such file or directory",
    );

    await panel.run("exit 7");
    await expect(panel.shellState).toHaveText("The shell ended: exit code 7");

    // Each replica is its own container: replica 1 never saw the file.
    await page.getByLabel("Replica").selectOption({ label: "Replica 1 of 2" });
    await page.getByLabel("File path in the container").fill("/tmp/e2e.txt");
    await page.getByRole("button", { name: "Download file" }).click();
    await expect(page.getByTestId("download-state")).toHaveText(
      "cat: /tmp/e2e.txt: No such file or directory",
    );

    // Another service: the database's own container.
    await page.getByLabel("Shell service").selectOption("db");
    await expect(page.getByLabel("Replica").locator("option")).toHaveText(["Replica 1 of 1"]);
    await page.getByRole("button", { name: "Open a new shell" }).click();
    await expect(panel.shellState).toHaveText("Connected");
    await expect.poll(() => panel.screen()).toMatch(/root@db-[a-z]+-[a-z]+:\/# /);
    await panel.run("cat /var/lib/postgresql/data/PG_VERSION; hostname; printenv POSTGRES_DB");
    await expect.poll(() => panel.screen()).toMatch(/\n16\s*\ndb-[a-z]+-[a-z]+\s*\nshop\s*\n/);
  });

  test("logs: search with highlighting; a stream cut while idle resumes with every line once", async ({
    page,
    stack,
  }, testInfo) => {
    const isPhone = testInfo.project.name === "phone";
    await FakeKeplr.install(page, stack.localnet.accounts, {
      account: "tenant-2",
      mode: isPhone ? "mobile-web" : "extension",
    });
    await page.goto(`/deployments/${lease.dseq}`);
    await new WalletPage(page).connect("Keplr");
    await expect(page.getByText("All services are ready.")).toBeVisible({ timeout: 30_000 });
    const panel = new LeasePanel(page);
    await expect(panel.logState).toHaveText("Live");
    await fetch(`http://${lease.uri}/searched-page`);
    await panel.search.fill("searched-page");
    await expect(panel.logs.locator("mark")).toHaveText(["searched-page"]);
    await expect(panel.logCount).toHaveText(/^1 of \d+ lines$/);
    await panel.search.fill("");

    // The provider's services fall quiet; the quiet stream is cut, and held off for a while.
    await admin(stack.localnet.admin, `/providers/${lease.provider.name}/fault`, {
      kind: "idle-drop",
      idleMs: 1500,
      holdMs: 5000,
    });
    try {
      await expect(panel.logState).toHaveText("Reconnecting…", { timeout: 15_000 });
      // Lines written while the page is away (the provider still refuses it for the rest of holdMs).
      for (const n of [1, 2, 3]) await fetch(`http://${lease.uri}/written-while-away-${n}`);
    } finally {
      // Lifted while the page is still away, so the stream it comes back to is not cut again.
      await admin(stack.localnet.admin, `/providers/${lease.provider.name}/fault`, null);
    }
    await expect(panel.reconnected).toContainText(/^Reconnected at .* after \d+ s/, { timeout: 30_000 });
    await expect(panel.logState).toHaveText("Live");
    await panel.search.fill("written-while-away");
    // The console's notice marks where the stream came back, then each line written meanwhile, once.
    await expect
      .poll(() => panel.logs.getByTestId("log-line").allInnerTexts())
      .toEqual([
        expect.stringMatching(/^— Reconnected at .* after \d+ s; resuming where the stream stopped\. —$/),
        ...[1, 2, 3].map((n) => expect.stringContaining(`GET /written-while-away-${n} `)),
      ]);
    await expect(panel.logCount).toHaveText(/^3 of \d+ lines$/);
    await expect(panel.logs.locator("mark")).toHaveCount(3);
    // Every match is in sight, on a phone too (long lines wrap there rather than run off the side).
    await panel.logs.scrollIntoViewIfNeeded();
    for (const mark of await panel.logs.locator("mark").all()) await expect(mark).toBeInViewport();
    await testInfo.attach("logs", {
      path: await shot(page, testInfo.outputPath("logs.png")),
      contentType: "image/png",
    });
    await expectNoSidewaysScroll(page);

    // The whole stream as downloaded: per pod, exactly the provider's own lines, in order, none twice.
    await panel.search.fill("");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download" }).first().click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      new RegExp(
        `^deployment-${lease.dseq}_all-services_logs_\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ_to_.*\\.log$`,
      ),
    );
    const text = readFileSync(await download.path(), "utf8");
    expect(text).toMatch(
      new RegExp(
        `^# Logs of deployment ${lease.dseq}, all services, provider ${lease.provider.address}\n# From \\S+ to \\S+ \\(\\d+ lines\\)\n`,
      ),
    );
    const shown = text.split("\n").filter((l) => l.startsWith("["));
    const token = await tenant.token({ scope: ["logs"] });
    const truth = await collect(`${lease.provider.hostUri}/lease/${lease.dseq}/1/1/logs?tail=5000`, token, {
      ms: 10_000,
    });
    const provider = truth.frames.map((f) => {
      const { name, message } = JSON.parse(String(f)) as { name: string; message: string };
      return `[${name}] ${message}`;
    });
    for (const pod of new Set(shown.map((l) => l.slice(0, l.indexOf("]") + 1)))) {
      const mine = shown.filter((l) => l.startsWith(pod));
      const theirs = provider.filter((l) => l.startsWith(pod));
      const start = theirs.indexOf(mine[0]!);
      expect(start, `${pod} first line`).toBeGreaterThanOrEqual(0);
      expect(mine, `${pod}: every line once, in order`).toEqual(theirs.slice(start, start + mine.length));
    }
    expect(shown.filter((l) => l.includes("written-while-away"))).toHaveLength(3);

    // Narrow it: one service, warnings and errors only, a time range. The download says which.
    await page.getByLabel("Service", { exact: true }).selectOption("web");
    for (const level of ["info", "debug"]) await page.getByRole("checkbox", { name: level }).uncheck();
    const rows = () => panel.logs.getByTestId("log-line").allInnerTexts();
    await expect.poll(async () => (await rows()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    for (const row of await rows()) expect(row).toMatch(/^(\[web-[a-z]+-[a-z]+\] .*" [45]\d\d \d+ "|— )/);

    await page.getByLabel("Time range").selectOption({ label: "From… to…" });
    const minute = (offsetMin: number) =>
      page.evaluate((off) => {
        const d = new Date(Date.now() + off * 60_000);
        const p = (n: number) => String(n).padStart(2, "0");
        return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
      }, offsetMin);
    await page.getByLabel("From", { exact: true }).fill(await minute(2));
    await expect(panel.logCount).toHaveText(/^0 of \d+ lines$/);
    await expect(panel.logs).toHaveText("No line matches these filters.");
    const [from, to] = [await minute(-10), await minute(1)];
    await page.getByLabel("From", { exact: true }).fill(from);
    await page.getByLabel("To", { exact: true }).fill(to);
    await expect.poll(async () => (await rows()).length).toBeGreaterThan(0);
    const utc = (local: string, plusMs: number) =>
      page.evaluate(([l, ms]) => new Date(new Date(l).getTime() + ms).toISOString().replace(/\.\d+Z$/, "Z"), [
        local,
        plusMs,
      ] as const);
    const [fromUtc, toUtc] = [await utc(from, 0), await utc(to, 59_999)];
    const narrowed = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download" }).first().click();
    const saved = await narrowed;
    expect(saved.suggestedFilename()).toBe(
      `deployment-${lease.dseq}_web_logs_${fromUtc}_to_${toUtc}.log`.replace(/:/g, "-"),
    );
    const head = readFileSync(await saved.path(), "utf8")
      .split("\n")
      .slice(0, 2);
    expect(head).toEqual([
      `# Logs of deployment ${lease.dseq}, service web, provider ${lease.provider.address}`,
      expect.stringMatching(new RegExp(`^# From ${fromUtc} to ${toUtc} \\(\\d+ lines\\)$`)),
    ]);
  });
});
