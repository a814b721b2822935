// Gathers everything this browser keeps for the tenant into one BackupData. Without secrets (the
// default), drafts lose their env values and registry passwords and no deployment record (its
// manifest holds both) is included; with secrets, the file must be encrypted (format.ts).
import { createDraftsStore, redactEnvValues, redactSecrets } from "@/features/sdl";
import type { ReceiptStore } from "@/features/receipts";
import type { BackupData } from "./format";
import { namesKeys, recordKeys, stores, topUpNetworks, type Preference } from "./sources";

export interface CollectOptions {
  secrets: boolean;
  preferences: readonly Preference[];
  receipts: Pick<ReceiptStore, "list">;
}

export function exportedDraftText(sdl: string, secrets: boolean): string {
  return secrets ? sdl : redactEnvValues(redactSecrets(sdl).text).text;
}

export async function collectBackup(opts: CollectOptions): Promise<BackupData> {
  const drafts = createDraftsStore().list();
  if (!drafts.ok) throw new Error(`${drafts.error} Nothing was exported.`);
  const prefs = stores.networkPrefsStore.refresh();
  return {
    secrets: opts.secrets,
    preferences: Object.fromEntries(opts.preferences.map((p) => [p.key, p.read()])),
    endpoints: prefs.custom,
    names: namesKeys()
      .map(({ networkId, owner }) => ({
        networkId,
        owner,
        names: { ...stores.deploymentNames(networkId, owner).refresh() },
      }))
      .filter((n) => Object.keys(n.names).length > 0),
    drafts: drafts.value.map((d) => ({ ...d, sdl: exportedDraftText(d.sdl, opts.secrets) })),
    topUps: topUpNetworks().map((networkId) => ({
      networkId,
      settings: stores.topUpSettings(networkId).refresh(),
    })),
    alertRules: stores.alertRules.refresh(),
    records: opts.secrets
      ? recordKeys().flatMap(({ networkId, owner, dseq }) => {
          const record = stores.deploymentRecords(networkId, owner, dseq).refresh();
          return record ? [{ networkId, owner, dseq, record }] : [];
        })
      : [],
    receipts: await opts.receipts.list(),
  };
}
