// Two browsers in one test: A's localStorage and receipts database are exported, the storage is
// cleared (browser B, with receipts of its own), and the file is imported there.
import { describe, expect, it } from "vitest";
import { createLocalLock } from "@/lib/locks";
import { alertRules } from "@/features/alerts";
import { deploymentNames, deploymentRecords, saveDeploymentName } from "@/features/deployments";
import { loadChainTools, ReceiptStore } from "@/features/receipts";
import { createDraftsStore } from "@/features/sdl";
import { sampleBegin } from "@/features/receipts/testing/sample-chain";
import { applyImport, previewImport } from "./apply";
import { collectBackup } from "./collect";
import { readBackup, writeBackup } from "./format";
import { FEATURE_PREFERENCES } from "./sources";

const OWNER = "akash1wn42k7tvcvc7a022rg2a3u0cry3yqx0e2lxht9";
const SDL = `version: "2.0"
services:
  web:
    image: nginx:1.27
    env:
      - API_KEY=sk-live-123456
      - "MODE=prod"
    credentials:
      host: ghcr.io
      username: me
      password: hunter2hunter2
`;
let n = 0;

async function browser(receiptCount: number) {
  const receipts = new ReceiptStore({
    dbName: `backup-${++n}-${Math.random()}`,
    channel: null,
    lock: createLocalLock(),
  });
  for (let i = 0; i < receiptCount; i++) {
    const r = await receipts.begin(sampleBegin(i));
    await receipts.complete(r, { state: "success", txHash: "AB".repeat(32), height: 10 + i, code: 0 });
  }
  return receipts;
}

async function setup() {
  localStorage.clear();
  const a = await browser(2);
  saveDeploymentName("local", OWNER, "42", "web");
  createDraftsStore().save({ id: "d1", name: "web", sdl: SDL });
  deploymentRecords("local", OWNER, "42").set({ sdl: SDL, manifestJson: "[]", hashHex: "ab" });
  alertRules.set([
    {
      id: "r1",
      networkId: "local",
      owner: OWNER,
      dseq: null,
      kind: "escrow-hours",
      threshold: 12,
      denom: null,
      enabled: true,
      createdAt: "2026-12-01T00:00:00.000Z",
    },
  ]);
  const ports = (receipts: ReceiptStore) => ({ preferences: FEATURE_PREFERENCES, receipts });
  return { a, ports };
}

describe("export and import", () => {
  it("moves names, drafts (without secrets), rules and a verifying merged receipts chain to another browser", async () => {
    const { a, ports } = await setup();
    const data = await collectBackup({ secrets: false, ...ports(a) });
    expect(JSON.stringify(data)).not.toMatch(/sk-live|hunter2/);
    expect(data.drafts[0]!.sdl).toContain('"API_KEY=<redacted>"');
    expect(data.records).toEqual([]);
    const file = await writeBackup(data, "2026-12-03T18:00:00.000Z", null);

    localStorage.clear();
    const b = await browser(3);
    const preview = await previewImport(await readBackup(file, null), ports(b));
    expect(preview.receipts).toEqual({ incoming: 4, add: 4, skipped: 0 });
    expect(preview.drafts).toEqual({ add: 1, update: 0 });
    expect(preview.names).toEqual({ add: 1, conflicts: 0 });
    expect(preview.rules).toBe(1);
    expect(deploymentNames("local", OWNER).refresh()).toEqual({}); // the preview wrote nothing
    expect((await b.list()).length).toBe(6);

    expect((await applyImport(preview, ports(b))).failed).toEqual([]);
    expect(deploymentNames("local", OWNER).refresh()).toEqual({ "42": "web" });
    const drafts = createDraftsStore().list();
    expect(drafts.ok && drafts.value.map((d) => d.name)).toEqual(["web"]);
    expect(alertRules.refresh().map((r) => r.id)).toEqual(["r1"]);
    const chain = await b.list();
    const { verifyChain } = await loadChainTools();
    expect(await verifyChain(chain)).toMatchObject({ ok: true, count: 10 });

    // The same file again adds nothing.
    const again = await previewImport(await readBackup(file, null), ports(b));
    expect(again.receipts).toMatchObject({ add: 0, skipped: 4 });
    await applyImport(again, ports(b));
    expect((await b.list()).length).toBe(10);
  });

  it("into an empty browser, adopts the chain as it is (same hashes)", async () => {
    const { a, ports } = await setup();
    const file = await writeBackup(await collectBackup({ secrets: false, ...ports(a) }), "t", null);
    localStorage.clear();
    const b = await browser(0);
    await applyImport(await previewImport(await readBackup(file, null), ports(b)), ports(b));
    expect((await b.list()).map((r) => r.sha256)).toEqual((await a.list()).map((r) => r.sha256));
  });

  it("carries secrets and deployment records only in an encrypted file, on request", async () => {
    const { a, ports } = await setup();
    const data = await collectBackup({ secrets: true, ...ports(a) });
    expect(data.drafts[0]!.sdl).toContain("sk-live-123456");
    expect(data.records).toHaveLength(1);
    const file = await writeBackup(data, "t", "a long passphrase");
    expect(file).not.toContain("sk-live");
    localStorage.clear();
    const b = await browser(0);
    const preview = await previewImport(await readBackup(file, "a long passphrase"), ports(b));
    expect(preview.records).toBe(1);
    await applyImport(preview, ports(b));
    expect(deploymentRecords("local", OWNER, "42").refresh()?.sdl).toBe(SDL);
  });

  it("refuses a file whose receipts do not verify, and changes nothing", async () => {
    const { a, ports } = await setup();
    const data = await collectBackup({ secrets: false, ...ports(a) });
    const tampered = { ...data, receipts: data.receipts.slice(1) };
    localStorage.clear();
    const b = await browser(1);
    await expect(previewImport(tampered, ports(b))).rejects.toThrow(/do not verify/);
    expect((await b.list()).length).toBe(2);
    expect(deploymentNames("local", OWNER).refresh()).toEqual({});
  });
});
