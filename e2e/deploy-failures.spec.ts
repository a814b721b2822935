// What goes wrong in a deploy, and how the console gets the tenant through it: a signature
// rejected in the wallet (nothing sent), the block websocket dropping while bids come in
// (reconnecting shown, bids still arrive), and a provider refusing the manifest (the page says so;
// once the provider recovers, "Send manifest again" works).
import { expect, test } from "./support/fixtures";
import { FakeKeplr } from "./support/fake-keplr";
import { DeployFlow } from "./pages/deploy";

async function admin(base: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${base}${path}`, { method: "POST", body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`admin ${path}: HTTP ${res.status} ${await res.text()}`);
}

async function activeDeployments(rest: string, owner: string): Promise<number> {
  const body = (await (
    await fetch(
      `${rest}/akash/deployment/v1beta4/deployments/list?filters.owner=${owner}&filters.state=active`,
    )
  ).json()) as { deployments: unknown[] };
  return body.deployments.length;
}

test("a signature rejected in the wallet sends nothing and says so", async ({ page, stack }, testInfo) => {
  const isPhone = testInfo.project.name === "phone";
  const keplr = await FakeKeplr.install(page, stack.localnet.accounts, {
    account: "tenant-2",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const flow = new DeployFlow(page);
  await flow.startFromTemplate(isPhone, "Web server (nginx)");
  const before = await activeDeployments(stack.localnet.rest, keplr.address);

  keplr.rejectNext();
  await page.getByRole("button", { name: /^Deploy/ }).click();
  await flow.deployDialog.getByRole("button", { name: "Create deployment" }).click();
  await flow.sign(/^Create deployment \d+$/);
  const dialog = flow.txDialog(/^Create deployment \d+$/);
  await expect(dialog.getByRole("alert")).toContainText(
    "You declined the request in your wallet. Nothing was sent.",
  );
  expect(await activeDeployments(stack.localnet.rest, keplr.address)).toBe(before);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(flow.deployDialog.getByRole("button", { name: "Create deployment" })).toBeEnabled();
});

test("bids keep coming when the block websocket drops, a refused manifest can be sent again, and the lease closes", async ({
  page,
  stack,
  guard,
}, testInfo) => {
  test.setTimeout(180_000);
  // While the chain drops websockets, the browser reports each refused handshake.
  guard.allowConsoleErrors(/WebSocket connection to '.*\/websocket' failed/);
  const localnet = stack.localnet;
  const isPhone = testInfo.project.name === "phone";
  await FakeKeplr.install(page, localnet.accounts, {
    account: "tenant-2",
    mode: isPhone ? "mobile-web" : "extension",
  });
  const flow = new DeployFlow(page);
  await flow.startFromTemplate(isPhone, "Web server (nginx)");
  await flow.createFromStudio("2");

  await admin(localnet.admin, "/faults", { websocket: { drop: true } });
  try {
    await expect(page.getByTestId("bids-feed")).toHaveText(/Reconnecting/, { timeout: 20_000 });
    await expect(flow.bids.first()).toBeVisible({ timeout: 30_000 });
  } finally {
    await admin(localnet.admin, "/faults", { websocket: { drop: false } });
  }
  await expect(page.getByTestId("bids-feed")).toHaveText(/Live/, { timeout: 30_000 });

  const provider = await flow.bids.first().getAttribute("data-provider");
  await admin(localnet.admin, `/providers/${provider}/fault`, { kind: "reject-manifests" });
  try {
    await flow.bids.first().getByRole("button", { name: "Accept" }).click();
    await flow.sign(/^Accept .* bid$/);
    await expect(flow.leaseCard.getByRole("alert")).toContainText(
      /The manifest was not delivered: .*HTTP 422.*insufficient capacity/,
      { timeout: 30_000 },
    );
  } finally {
    await admin(localnet.admin, `/providers/${provider}/fault`, null);
  }
  await flow.leaseCard.getByRole("button", { name: "Send manifest again" }).click();
  await expect(page.getByText("Manifest sent to the provider.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("All services are ready.")).toBeVisible({ timeout: 60_000 });

  // The tenant ends the lease but keeps the deployment.
  const dseq = flow.dseqFromUrl();
  await flow.leaseCard.getByRole("button", { name: "Close lease" }).click();
  await flow.signAndWait("Close lease");
  await flow.closeTxDialog("Close lease");
  await expect(flow.leaseCard).toHaveCount(0);
  const owner = localnet.accounts.find((a) => a.name === "tenant-2")!.address;
  const { leases } = (await (
    await fetch(
      `${localnet.rest}/akash/market/v1beta5/leases/list?filters.owner=${owner}&filters.dseq=${dseq}`,
    )
  ).json()) as { leases: { lease: { state: string } }[] };
  expect(leases.map((l) => l.lease.state)).toEqual(["closed"]);
  const info = (await (
    await fetch(
      `${localnet.rest}/akash/deployment/v1beta4/deployments/info?id.owner=${owner}&id.dseq=${dseq}`,
    )
  ).json()) as { deployment: { state: string } };
  expect(info.deployment.state).toBe("active");
});
