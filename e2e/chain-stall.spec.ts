// A stalled chain is visible: with blocks paused (the websocket stays open and silent), the header
// turns amber and says how long no block came, within three block times of the last one; when
// blocks resume it is green and counting again.
import { expect, test } from "./support/fixtures";
import { localnetAdmin } from "./support/admin";
import { AppShell } from "./pages/app-shell";

const heightOf = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

test("with blocks paused the header says no new block came, and recovers", async ({
  page,
  stack,
}, testInfo) => {
  const localnet = stack.localnet!;
  const shell = new AppShell(page, testInfo.project.name === "phone");
  await shell.open("/");
  await expect(shell.networkStatus).toHaveAttribute("data-state", "live");
  await expect(shell.blockHeight).toHaveText(/^#\d/);

  const stallMs = 3 * localnet.blockTimeMs;
  await localnetAdmin(localnet.admin, "/faults", { blocks: { paused: true } });
  try {
    const pausedAt = Date.now();
    // The last block came at most one block time before the pause; the poll adds up to 100 ms.
    await expect(shell.networkStatus).toHaveAttribute("data-state", "stalled", { timeout: stallMs + 1_000 });
    expect(Date.now() - pausedAt).toBeLessThanOrEqual(stallMs + 1_000);
    await expect(shell.blockHeight).toHaveText(/^no new block for \d+ s$/);
    const first = /(\d+) s/.exec((await shell.blockHeight.textContent()) ?? "")?.[1];
    // The count goes on while the chain stays still.
    await expect(shell.blockHeight).not.toHaveText(`no new block for ${first} s`, { timeout: 3_000 });
    await page.screenshot({ path: testInfo.outputPath("stalled.png") });
  } finally {
    await localnetAdmin(localnet.admin, "/faults", { blocks: { paused: false } });
  }
  await expect(shell.networkStatus).toHaveAttribute("data-state", "live", { timeout: 10_000 });
  const resumed = heightOf(await shell.blockHeight.textContent());
  await expect
    .poll(async () => heightOf(await shell.blockHeight.textContent()), { timeout: 10_000 })
    .toBeGreaterThan(resumed);
});
