// Alerts with no account (#18): a rule "escrow under N hours" on a running deployment, N set just
// under its runway, so the runway crosses it a few dozen blocks later. With notification permission
// granted, the crossing shows one browser notification and one entry in the alert list, in two
// tabs of the same browser, and nothing more while it stays under; "Add to calendar" gives an .ics
// at the time it runs out.
import { readFile } from "node:fs/promises";
import { expect, test } from "./support/fixtures";
import { gpuSdl } from "../localnet/providers/testing/sdl.ts";
import { connectTenant, escrowRunwaySec as runwaySec, retryOutOfGas as once } from "./support/chain";
import { FakeKeplr } from "./support/fake-keplr";
import { AlertsPage, notificationsOf, recordNotifications } from "./pages/alerts";
import { AppShell } from "./pages/app-shell";
import { WalletPage } from "./pages/wallet";

test("an escrow alert fires once at the crossing: one notification, one entry in both tabs", async ({
  page,
  context,
  stack,
}, testInfo) => {
  test.setTimeout(180_000);
  const isPhone = testInfo.project.name === "phone";
  const localnet = stack.localnet!;
  const account = localnet.accounts.find((a) => a.name === "tenant")!;
  const tenant = await connectTenant({ mnemonic: account.mnemonic, rpc: localnet.rpc, rest: localnet.rest });
  const dseq = 400_000 + (Date.now() % 1_000_000) * 10 + (isPhone ? 5 : 0);
  try {
    await once(() => tenant.createDeployments([dseq], gpuSdl(undefined, { units: 1 }), "500000"));
    const [bid] = await tenant.waitForBids(dseq, 1);
    await once(() => tenant.createLease(dseq, bid!));

    await context.grantPermissions(["notifications"]);
    await context.addInitScript(recordNotifications);
    await FakeKeplr.install(context, localnet.accounts, {
      account: "tenant",
      mode: isPhone ? "mobile-web" : "extension",
    });
    await new AppShell(page, isPhone).open("/alerts");
    await new WalletPage(page).connect("Keplr");
    const alerts = new AlertsPage(page);
    await expect(alerts.notifyState).toContainText("On: alerts also appear as browser notifications");

    // Just under the runway it has now: it crosses ~40 blocks later.
    const hours = (
      Math.floor(((await runwaySec(tenant, dseq, localnet.blockTimeMs / 1000)) - 40) / 36) / 100
    ).toFixed(2);
    await alerts.addEscrowRule(String(dseq), hours);
    await expect(alerts.rules).toContainText(`Escrow lasts under ${Number(hours)} h · deployment ${dseq}`);
    await expect(alerts.runOuts).toContainText(`Deployment ${dseq}`);

    const second = await context.newPage();
    await new AppShell(second, isPhone).open("/deployments");
    const secondAlerts = new AlertsPage(second);
    // Above the threshold: nothing yet.
    await expect(alerts.entries).toHaveCount(0);

    await expect(alerts.entries).toHaveCount(1, { timeout: 90_000 });
    await expect(alerts.entries.first()).toContainText(`Escrow low: deployment ${dseq}`);
    await expect(alerts.bellCount).toHaveText("1");
    await expect(secondAlerts.bellCount).toHaveText("1");
    // Both tabs keep evaluating (every 5 s): still one alert, one notification, in either tab.
    await page.waitForTimeout(15_000);
    await expect(alerts.entries).toHaveCount(1);
    const notes = [...(await notificationsOf(page)), ...(await notificationsOf(second))];
    await second.goto("/alerts");
    await expect(secondAlerts.entries).toHaveCount(1);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toBe(`Escrow low: deployment ${dseq}`);
    expect(notes[0]!.body).toMatch(/h left \(alert under/);
    await second.close();

    // Add to calendar: an RFC 5545 event at the run-out time.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      // This run's deployment: the other project's run may have left its own on the account.
      alerts.runOuts
        .getByRole("listitem")
        .filter({ hasText: `Deployment ${dseq}` })
        .getByRole("button", { name: "Add to calendar" })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(`deployment-${dseq}-runs-out.ics`);
    // Lines folded at 75 octets (RFC 5545 §3.1) are unfolded first.
    const ics = (await readFile((await download.path())!, "utf8")).replace(/\r\n /g, "");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain(`UID:runout-local-${tenant.address}-${dseq}@akash-console`);
    const start = /DTSTART:(\d{8}T\d{6}Z)/.exec(ics)?.[1] ?? "";
    const startMs = Date.parse(
      start.replace(/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/, "$1-$2-$3T$4:$5:$6Z"),
    );
    const expected = Date.now() + (await runwaySec(tenant, dseq, localnet.blockTimeMs / 1000)) * 1000;
    expect(Math.abs(startMs - expected)).toBeLessThan(5 * 60_000);
  } finally {
    await tenant.closeDeployment(dseq).catch(() => undefined);
    tenant.disconnect();
  }
});
