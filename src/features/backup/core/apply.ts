// Import in two steps: `previewImport` checks the whole file against this browser (the receipts
// chain must verify on its own; every item must be valid) and counts what would change, writing
// nothing; `applyImport` then writes it. Receipts merge through the receipts store: known ones
// (by their original sha256) are skipped, the rest appended (see receipts/core/merge.ts), so the
// chain here still verifies.
import { alertRuleSchema, type AlertRule } from "@/features/alerts";
import { loadChainTools, type Receipt, type ReceiptStore } from "@/features/receipts";
import { createDraftsStore } from "@/features/sdl";
import { BackupFileError, type BackupData } from "./format";
import { mergeById, mergeDrafts, mergeEndpoints, mergeNames, mergeTopUps } from "./merge";
import { stores, type Preference } from "./sources";

export interface ImportPorts {
  preferences: readonly Preference[];
  receipts: Pick<ReceiptStore, "list" | "importReceipts">;
}

export interface ImportPreview {
  data: BackupData;
  receipts: { incoming: number; add: number; skipped: number };
  drafts: { add: number; update: number };
  names: { add: number; conflicts: number };
  rules: number;
  topUps: number;
  endpoints: number;
  records: number;
  /** the labels of preferences the file sets to another value */
  preferences: string[];
}

function rulesOf(data: BackupData): AlertRule[] {
  return data.alertRules.map((r) => {
    const parsed = alertRuleSchema.safeParse(r);
    if (!parsed.success)
      throw new BackupFileError("An alert rule in the backup is damaged. Nothing was imported.");
    return parsed.data;
  });
}

function checkStores(data: BackupData): void {
  for (const t of data.topUps)
    if (!stores.topUpSettings(t.networkId).accepts(t.settings))
      throw new BackupFileError(
        `The runway targets for ${t.networkId} in the backup are damaged. Nothing was imported.`,
      );
  for (const r of data.records)
    if (!stores.deploymentRecords(r.networkId, r.owner, r.dseq).accepts(r.record))
      throw new BackupFileError(
        `The record of deployment ${r.dseq} in the backup is damaged. Nothing was imported.`,
      );
}

export async function previewImport(data: BackupData, ports: ImportPorts): Promise<ImportPreview> {
  const { describeVerdict, planImport, verifyChain } = await loadChainTools();
  const verdict = await verifyChain(data.receipts);
  if (!verdict.ok)
    throw new BackupFileError(
      `The receipts in this backup do not verify (${describeVerdict(verdict)}). Nothing was imported.`,
    );
  const rules = rulesOf(data);
  checkStores(data);
  const drafts = createDraftsStore().list();
  if (!drafts.ok) throw new BackupFileError(`${drafts.error} Nothing was imported.`);
  const receipts = planImport(await ports.receipts.list(), data.receipts as Receipt[]);
  const d = mergeDrafts(drafts.value, data.drafts);
  const names = data.names.map((n) =>
    mergeNames(stores.deploymentNames(n.networkId, n.owner).refresh(), n.names),
  );
  return {
    data,
    receipts: {
      incoming: data.receipts.length,
      add: receipts.mode === "merge" ? receipts.append.length : receipts.adopt.length,
      skipped: receipts.skipped,
    },
    drafts: { add: d.added, update: d.updated },
    names: {
      add: names.reduce((s, n) => s + n.added, 0),
      conflicts: names.reduce((s, n) => s + n.conflicts, 0),
    },
    rules: mergeById(stores.alertRules.refresh(), rules).added,
    topUps: data.topUps.reduce(
      (sum, t) => sum + mergeTopUps(stores.topUpSettings(t.networkId).refresh(), t.settings as never).added,
      0,
    ),
    endpoints: mergeEndpoints(stores.networkPrefsStore.refresh().custom, data.endpoints).added,
    records: data.records.filter((r) => !stores.deploymentRecords(r.networkId, r.owner, r.dseq).refresh())
      .length,
    preferences: ports.preferences
      .filter(
        (p) =>
          p.key in data.preferences && JSON.stringify(p.read()) !== JSON.stringify(data.preferences[p.key]),
      )
      .map((p) => p.label),
  };
}

export interface ImportOutcome {
  receiptsAdded: number;
  /** what this browser refused to store (full or blocked storage) */
  failed: string[];
}

/** Writes the previewed import. Receipts first: they are the one part that can fail for reasons of its own. */
export async function applyImport(preview: ImportPreview, ports: ImportPorts): Promise<ImportOutcome> {
  const { data } = preview;
  const result = await ports.receipts.importReceipts(data.receipts as Receipt[]);
  const failed: string[] = [];
  const check = (ok: boolean, what: string) => ok || failed.push(what);
  const draftsStore = createDraftsStore();
  const drafts = draftsStore.list();
  check(drafts.ok && draftsStore.replaceAll(mergeDrafts(drafts.value, data.drafts).merged).ok, "drafts");
  for (const n of data.names) {
    const store = stores.deploymentNames(n.networkId, n.owner);
    check(store.set(mergeNames(store.refresh(), n.names).merged) === null, "deployment names");
  }
  check(
    stores.alertRules.set(mergeById(stores.alertRules.refresh(), rulesOf(data)).merged) === null,
    "alert rules",
  );
  for (const t of data.topUps) {
    const store = stores.topUpSettings(t.networkId);
    check(store.set(mergeTopUps(store.refresh(), t.settings as never).merged) === null, "runway targets");
  }
  const prefs = stores.networkPrefsStore.refresh();
  const custom = mergeEndpoints(prefs.custom, data.endpoints).merged;
  check(stores.networkPrefsStore.set({ ...prefs, custom }) === null, "endpoints");
  for (const r of data.records) {
    const store = stores.deploymentRecords(r.networkId, r.owner, r.dseq);
    if (!store.refresh() && store.accepts(r.record))
      check(store.set(r.record) === null, "deployment records");
  }
  for (const p of ports.preferences)
    if (p.key in data.preferences) check(p.write(data.preferences[p.key]), p.label);
  return { receiptsAdded: result.added, failed: [...new Set(failed)] };
}
