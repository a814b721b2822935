// Where each kind of local data lives: the owners' stores, reached through their features. A
// family (names per network and owner, top-ups per network, records per deployment) is found by
// listing the keys under its prefix; its parameters are read back from the key.
import { STORAGE_KEYS } from "@/config/storage-keys";
import { storedKeys } from "@/lib/persisted-store";
import { presenterStore } from "@/lib/presenter-mode";
import { deploymentNames, deploymentPrefsStore, deploymentRecords } from "@/features/deployments";
import { topUpSettings } from "@/features/funding";
import { networkPrefsStore } from "@/features/network";
import { reasonModeStore } from "@/features/receipts";
import { alertRules } from "@/features/alerts";
import { preference, type Preference } from "./preference";

export type { Preference };

/** Preferences owned by features; the app adds its own (the theme) through the panel's props. */
export const FEATURE_PREFERENCES: readonly Preference[] = [
  preference("Presenter mode", presenterStore),
  preference("Reasons when signing", reasonModeStore),
  preference("Time-left warning and default runway", deploymentPrefsStore),
];

/** The fixed part of a family's keys: the key built with a marker, cut at the marker. */
function prefixOf(build: (...args: string[]) => string, arity: number): string {
  const marker = "\u0000";
  return build(...Array.from({ length: arity }, () => marker)).split(marker)[0] ?? "";
}

const NAMES = prefixOf(STORAGE_KEYS.deploymentNames as (...a: string[]) => string, 2);
const TOP_UPS = prefixOf(STORAGE_KEYS.topUp as (...a: string[]) => string, 1);
const RECORDS = prefixOf(STORAGE_KEYS.deploymentRecord as (...a: string[]) => string, 3);

/** network + owner of every names store in this browser (an owner is bech32: no colon). */
export function namesKeys(): { networkId: string; owner: string }[] {
  return storedKeys(NAMES).flatMap((key) => {
    const m = /^(.+):([^:]+)$/.exec(key.slice(NAMES.length));
    return m ? [{ networkId: m[1]!, owner: m[2]! }] : [];
  });
}

export function topUpNetworks(): string[] {
  return storedKeys(TOP_UPS).map((key) => key.slice(TOP_UPS.length));
}

export function recordKeys(): { networkId: string; owner: string; dseq: string }[] {
  return storedKeys(RECORDS).flatMap((key) => {
    const m = /^(.+):([^:]+):(\d+)$/.exec(key.slice(RECORDS.length));
    return m ? [{ networkId: m[1]!, owner: m[2]!, dseq: m[3]! }] : [];
  });
}

export const stores = { deploymentNames, deploymentRecords, topUpSettings, networkPrefsStore, alertRules };
