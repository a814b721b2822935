// Journey: the receipts panel. Seeded receipts (built by the app's own code) are filtered and
// opened, the chain verifies but is reported unanchored (the Node verifier refuses its export
// unless --allow-unanchored, and a hand-edited one always), the owner's "Sign the head" anchors it,
// a receipt edited in the browser's database is named by Verify, imports merge without
// duplicates, two tabs writing at once leave one chain, and a pending receipt whose transaction
// a tab closed mid-broadcast settles on reload. Runs on desktop and on a phone.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { makeHeader, toJsonlExport } from "../src/features/receipts/core/export-format.ts";
import { attestHead, SAMPLE_KEY } from "../src/features/receipts/testing/keys.ts";
import { sampleChain } from "../src/features/receipts/testing/sample-chain.ts";
import { expect, test } from "./support/fixtures";
import { expectNoSidewaysScroll } from "./support/layout";
import { ReceiptsPage } from "./pages/receipts";
import { WalletPage } from "./pages/wallet";
import { AppShell } from "./pages/app-shell";
import { DeployFlow } from "./pages/deploy";
import { FakeKeplr } from "./support/fake-keplr";

async function runVerifier(path: string, ...flags: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/verify-receipts.ts", path, ...flags],
      { cwd: process.cwd() },
    );
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

test("seeded receipts: filter, open, verify, check against the chain, export checked by the script, tamper named", async ({
  page,
  guard,
}) => {
  // Six runs of the Node verifier, each a fresh tsx process.
  test.setTimeout(180_000);
  const receipts = new ReceiptsPage(page);
  const chain = await sampleChain(30);
  await receipts.seed(chain);
  await receipts.open();
  await expect(receipts.count).toHaveText("30 signing attempts, 60 receipts");
  // Nobody signed these: the page says so, and how to fix it.
  await expect(page.getByTestId("anchor-status")).toContainText("None of the 60 receipts is anchored yet.");
  await expect(page.getByTestId("anchor-status")).toContainText(
    "Connect the wallet that made these receipts to sign the head.",
  );
  await expectNoSidewaysScroll(page);

  await receipts.filters.getByLabel("Action").selectOption("deposit");
  // The sample cycles through the 12 receipt actions: deposits are attempts 1, 13 and 25.
  await expect(receipts.count).toHaveText("3 of 30 signing attempts match");
  await expect(receipts.rows.filter({ hasNotText: "Deposit" })).toHaveCount(0);
  await receipts.filters.getByLabel("Dseq").fill("1004");
  await expect(receipts.count).toHaveText("1 of 30 signing attempts match");
  await receipts.filters.getByRole("button", { name: "Clear filters" }).click();
  await receipts.filters.getByLabel("State").selectOption("rejected");
  await expect(receipts.count).toHaveText("7 of 30 signing attempts match");
  await receipts.filters.getByLabel("State").selectOption("");

  // Newest first: the first row is the last attempt (#60), a "Close lease" on dseq 1009.
  await receipts.rows.first().click();
  await expect(receipts.drawer.getByRole("heading")).toHaveText("Receipt #60: Close lease");
  await expect(receipts.drawer.getByTestId("receipt-json")).toContainText(chain[59]!.sha256);
  await expect(receipts.drawer.getByRole("link", { name: "dseq 1009" })).toHaveAttribute(
    "href",
    "/deployments/1009",
  );
  await receipts.drawer.getByRole("button", { name: /^1\. Pending/ }).click();
  await expect(receipts.drawer.getByTestId("receipt-json")).toContainText(chain[58]!.sha256);
  await receipts.drawer.getByRole("button", { name: "Close" }).click();

  await receipts.verify();
  await expect(receipts.verifyResult).toContainText("OK: 60 receipts, every hash and link checks out.");
  await expect(receipts.verifyResult).toContainText("Intact, but not anchored");
  // The sample transactions were never sent: the node knows none of them (CometBFT answers 500),
  // and the findings, 64-character hashes and all, fit a phone's width.
  guard.allowConsoleErrors(/status of 500/);
  await page.getByRole("button", { name: "Check against the chain" }).click();
  await expect(page.getByTestId("chain-check")).toContainText(
    /Checked (\d+) receipts against .+: 0 match the chain \(0 byte for byte\), 0 do not, \1 are not on chain\./,
    { timeout: 30_000 },
  );
  await expectNoSidewaysScroll(page);

  const dir = await mkdtemp(join(tmpdir(), "receipts-e2e-"));
  for (const format of ["JSON", "JSONL"] as const) {
    const path = join(dir, `export.${format.toLowerCase()}`);
    await (await receipts.export(format)).saveAs(path);
    // Intact but unanchored: refused by default, accepted only when asked, and said so.
    const refused = await runVerifier(path);
    expect(refused.out).toContain("OK: 60 receipts");
    expect(refused.out).toContain("pass --allow-unanchored to accept that");
    expect(refused.code).toBe(1);
    const ok = await runVerifier(path, "--allow-unanchored");
    expect(ok.out).toContain("(UNANCHORED, accepted by --allow-unanchored");
    expect(ok.code).toBe(0);
    const edited = join(dir, `edited.${format.toLowerCase()}`);
    await writeFile(edited, (await readFile(path, "utf8")).replace("sample reason 4", "sample reason 5"));
    const bad = await runVerifier(edited, "--allow-unanchored");
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("Broken at receipt #9 (id r4-a) of 60: its content does not match its sha256");
  }

  await receipts.tamper(7, "edited in the database");
  await receipts.verify();
  await expect(receipts.verifyResult).toContainText(
    "Broken at receipt #7 (id r3-a) of 60: its content does not match its sha256: it was changed after it was written.",
  );
  await receipts.verifyResult.getByRole("button", { name: "Show receipt #7" }).click();
  await expect(receipts.drawer.getByTestId("receipt-json")).toContainText("edited in the database");
});

test("import verifies first, merges without duplicates, refuses a tampered file and an unsigned one unless asked", async ({
  page,
}) => {
  const receipts = new ReceiptsPage(page);
  await receipts.seed(await sampleChain(2));
  await receipts.open();
  const foreign = await sampleChain(3, { idPrefix: "laptop-", start: Date.UTC(2026, 9, 1) });
  const signed = [await attestHead(SAMPLE_KEY, foreign)];
  const file = toJsonlExport(makeHeader(foreign, signed, new Date().toISOString()), foreign);

  await receipts.importFile("laptop.jsonl", file.replace("sample reason 2", "changed"));
  await expect(page.getByRole("alert").filter({ hasText: "Not imported" })).toContainText(
    "Broken at receipt #5 (id laptop-2-a) of 6",
  );
  await expect(receipts.count).toHaveText("2 signing attempts, 4 receipts");

  await receipts.importFile("laptop.jsonl", file);
  await expect(page.getByRole("status").filter({ hasText: "Imported 6 receipts" })).toBeVisible();
  await expect(receipts.count).toHaveText("5 signing attempts, 10 receipts");
  await receipts.importFile("laptop.jsonl", file);
  await expect(page.getByRole("status").filter({ hasText: "Imported 0 receipts" })).toContainText(
    "6 were already here.",
  );
  await expect(receipts.count).toHaveText("5 signing attempts, 10 receipts");

  const unsigned = await sampleChain(2, { idPrefix: "phone-", start: Date.UTC(2026, 8, 1) });
  await receipts.importFile("phone.jsonl", toJsonlExport(makeHeader(unsigned, [], "x"), unsigned));
  const refused = page.getByRole("alert").filter({ hasText: "Not imported" });
  await expect(refused).toContainText("no wallet signature anchors these receipts");
  await expect(receipts.count).toHaveText("5 signing attempts, 10 receipts");
  await refused.getByRole("button", { name: "Import anyway (I made this file)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 4 receipts" })).toBeVisible();
  await expect(receipts.count).toHaveText("7 signing attempts, 14 receipts");
  await receipts.verify();
  await expect(receipts.verifyResult).toContainText("OK: 14 receipts");
});

test("two tabs writing at once leave one intact chain, and each sees the other's receipts", async ({
  page,
  context,
}) => {
  const first = new ReceiptsPage(page);
  await first.seed(await sampleChain(1));
  const second = new ReceiptsPage(await context.newPage());
  await Promise.all([first.open(), second.open()]);
  const fromA = await sampleChain(20, { idPrefix: "a-" });
  const fromB = await sampleChain(20, { idPrefix: "b-" });
  const exportOf = async (c: typeof fromA) =>
    toJsonlExport(makeHeader(c, [await attestHead(SAMPLE_KEY, c)], new Date().toISOString()), c);
  await Promise.all([
    first.importFile("a.jsonl", await exportOf(fromA)),
    second.importFile("b.jsonl", await exportOf(fromB)),
  ]);
  for (const tab of [first, second]) {
    await expect(tab.count).toHaveText("41 signing attempts, 82 receipts");
    await tab.verify();
    await expect(tab.verifyResult).toContainText("OK: 82 receipts, every hash and link checks out.");
  }
});

test("a tab closed while its transaction is broadcast settles the pending receipt on reload", async ({
  page,
  context,
  stack,
}, testInfo) => {
  const isPhone = testInfo.project.name === "phone";
  await FakeKeplr.install(page, stack.localnet.accounts, {
    account: "tenant",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const flow = new DeployFlow(page);
  await flow.startFromTemplate(isPhone, "Web server (nginx)");

  // The node receives the broadcast, but the tab is closed before it hears back.
  let reachedNode: () => void = () => undefined;
  const broadcastSent = new Promise<void>((resolve) => (reachedNode = resolve));
  await page.route(
    (url) => url.href.startsWith(stack.localnet.rpc),
    async (route) => {
      if (!route.request().postData()?.includes('"broadcast_tx_sync"')) return route.fallback();
      await route.fetch();
      reachedNode();
    },
  );
  await page.getByRole("button", { name: /^Deploy/ }).click();
  await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
  const title = (await flow.txDialog(/^Create deployment \d+$/).getAttribute("aria-label")) ?? "";
  const dseq = /(\d+)$/.exec(title)?.[1] ?? "";
  await flow.sign(/^Create deployment \d+$/);
  await broadcastSent;
  await page.close();

  const again = await context.newPage();
  const receipts = new ReceiptsPage(again);
  await receipts.open();
  await expect(again.getByRole("status").filter({ hasText: "1 pending receipt settled" })).toBeVisible();
  await receipts.filters.getByLabel("Dseq").fill(dseq);
  await expect(receipts.rows).toHaveCount(1);
  await expect(receipts.rows.first()).toContainText("Create deployment");
  await expect(receipts.rows.first()).toContainText("Succeeded");
  await receipts.rows.first().click();
  await expect(receipts.drawer).toContainText(/height \d+/);
  await receipts.drawer.getByRole("button", { name: "Close" }).click();
  await receipts.verify();
  await expect(receipts.verifyResult).toContainText("every hash and link checks out");
});

test("the owner signs the chain head with the wallet, and the script checks that signature", async ({
  page,
  stack,
}) => {
  const tenant = stack.localnet.accounts.find((a) => a.name === "tenant")!;
  const receipts = new ReceiptsPage(page);
  await receipts.seed(await sampleChain(3, { signer: tenant.address }));
  await receipts.open();
  await expect(page.getByRole("button", { name: "Sign the head" })).toHaveCount(0);
  await page.getByText("What does signing the head do?").click();
  await expect(page.getByTestId("anchor-status")).toContainText("It is not a transaction");
  const wallet = new WalletPage(page);
  await wallet.connect("Local key");
  await expect(wallet.walletName).toHaveText("Local key");
  await page.getByRole("button", { name: "Sign the head" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Chain head signed" })).toContainText(
    tenant.address,
  );
  await expect(page.getByTestId("anchor-status")).toContainText(
    "All 6 receipts are anchored by the signature of the wallet that made them.",
  );
  await receipts.verify();
  await expect(receipts.verifyResult).toContainText(
    `Signed by ${tenant.address}: its receipts among the first 6 are anchored.`,
  );

  const path = join(await mkdtemp(join(tmpdir(), "receipts-e2e-")), "signed.json");
  await (await receipts.export("JSON")).saveAs(path);
  const ok = await runVerifier(path);
  expect(ok.out).toContain(`Signed by ${tenant.address}: its receipts among the first 6 are anchored.`);
  expect(ok.code).toBe(0);
  const forged = join(path, "..", "forged.json");
  await writeFile(
    forged,
    (await readFile(path, "utf8")).replace(tenant.address, stack.localnet.accounts[1]!.address),
  );
  const bad = await runVerifier(forged);
  expect(bad.code).toBe(1);
  expect(bad.out).toContain(
    `The attestation claimed by ${stack.localnet.accounts[1]!.address} is forged or damaged`,
  );
});

test("the deploy journey leaves its receipts in order, with the reason and a valid chain", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(180_000);
  const localnet = stack.localnet;
  const isPhone = testInfo.project.name === "phone";
  const keplr = await FakeKeplr.install(page, localnet.accounts, {
    account: "tenant",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const flow = new DeployFlow(page);
  const shell = new AppShell(page, isPhone);
  await flow.startFromTemplate(isPhone, "Ollama LLM server");
  await page.getByRole("button", { name: /^Deploy/ }).click();
  await flow.deployDialog.getByLabel("Deposit (ACT)").fill("5");
  await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
  await flow
    .txDialog(/^Create deployment \d+$/)
    .getByLabel(/^Reason/)
    .fill("receipts e2e: GPU trial");
  await flow.sign(/^Create deployment \d+$/);
  await page.waitForURL(/\/deployments\/\d+$/, { timeout: 30_000 });
  const dseq = flow.dseqFromUrl();
  await expect(flow.bids.first()).toBeVisible({ timeout: 30_000 });
  await flow.bids.first().getByRole("button", { name: "Accept" }).click();
  await flow.sign(/^Accept .* bid$/);
  await expect(page.getByText("Manifest sent to the provider.")).toBeVisible({ timeout: 30_000 });
  await flow.closeDeployment(dseq);
  await flow.closeTxDialog(`Close deployment ${dseq}`);

  await shell.navigate("Receipts");
  const receipts = new ReceiptsPage(page);
  await receipts.filters.getByLabel("Dseq").fill(dseq);
  await expect(receipts.count).toHaveText(/^4 signing attempts, \d+ receipts$/);
  const expected = ["Close deployment", "Send manifest", "Accept bid", "Create deployment"];
  for (const [i, action] of expected.entries()) {
    await expect(receipts.rows.nth(i)).toContainText(action);
    await expect(receipts.rows.nth(i)).toContainText("Succeeded");
  }
  await receipts.rows.nth(3).click();
  const json = receipts.drawer.getByTestId("receipt-json");
  await expect(json).toContainText('"reason": "receipts e2e: GPU trial"');
  await expect(json).toContainText(`"signer": "${keplr.address}"`);
  await expect(json).toContainText(/"sdlHash": "[0-9a-f]{64}"/);
  await receipts.drawer.getByRole("button", { name: "Close" }).click();
  await receipts.verify();
  await expect(receipts.verifyResult).toContainText("every hash and link checks out");
});

test("the reason setting is kept", async ({ page }) => {
  await page.goto("/settings");
  const select = page.getByLabel("Reason for each transaction");
  await expect(select).toHaveValue("optional");
  await select.selectOption("required");
  await page.reload();
  await expect(page.getByLabel("Reason for each transaction")).toHaveValue("required");
});
