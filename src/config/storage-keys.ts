// Every name the console stores anything under in this browser, and who owns it. localStorage goes
// only through lib/persisted-store.ts (a versioned, validated envelope per key; ESLint forbids
// touching localStorage anywhere else); IndexedDB stays behind its owner. A new key is added here
// first, under the `akash-console:` prefix. LEGACY_KEYS says where earlier versions kept the same
// data; src/app/migrate-storage.ts moves it at boot, so an upgrade loses nothing.
import type { LegacyKey } from "@/lib/storage-migration";

const PREFIX = "akash-console:";

/** localStorage keys, each owned by one module (named in the comment). */
export const STORAGE_KEYS = {
  /** app/theme.ts (and public/theme-init.js, before first paint): light, dark or system */
  theme: `${PREFIX}theme`,
  /** features/network/network-prefs.ts: the selected network and the user's endpoints */
  network: `${PREFIX}network`,
  /** features/wallet/wallet-memory.ts: which wallet to reconnect (kind and name, never a key) */
  wallet: `${PREFIX}wallet`,
  /** features/wallet/watch-address.ts: the view-only address, per network */
  watchedAddress: `${PREFIX}watched-address`,
  /** features/receipts/hooks/use-reason-mode.ts: whether signing asks for a reason */
  reasonMode: `${PREFIX}reason-mode`,
  /** features/sdl/utils/drafts-store.ts: the SDL drafts (registry passwords blanked) */
  sdlDrafts: `${PREFIX}sdl-drafts`,
  /** lib/presenter-mode.ts: presenter mode (large type, full width, short addresses) on or off */
  presenter: `${PREFIX}presenter`,
  /** app/layout/LocalNetworkNotice.tsx: networks whose first-visit line was dismissed */
  seenNotices: `${PREFIX}seen-notices`,
  /** features/deployments/storage/prefs-store.ts: the time-left warning */
  deploymentPrefs: `${PREFIX}deployment-prefs`,
  /** features/deployments/storage/names-store.ts: the names given to deployments */
  deploymentNames: (networkId: string, owner: string) => `${PREFIX}deployment-names:${networkId}:${owner}`,
  /** features/deployments/storage/deployment-record.ts: the SDL and manifest this browser deployed */
  deploymentRecord: (networkId: string, owner: string, dseq: string) =>
    `${PREFIX}deployment-record:${networkId}:${owner}:${dseq}`,
  /** features/deploy/storage/redeploy-links.ts: which deployment a redeploy elsewhere replaces */
  redeployLinks: (networkId: string, owner: string) => `${PREFIX}redeploys:${networkId}:${owner}`,
  /** features/deploy/utils/reserve-dseq.ts: the last dseq this browser reserved */
  lastDseq: (networkId: string, owner: string) => `${PREFIX}dseq:${networkId}:${owner}`,
  /** features/funding/topup/top-up-settings.ts: runway targets and caps per deployment (no key) */
  topUp: (networkId: string) => `${PREFIX}top-up:${networkId}`,
  /** features/alerts/storage/alerts-store.ts: the alert rules (per network and account) */
  alertRules: `${PREFIX}alert-rules`,
  /** features/alerts/storage/alerts-store.ts: alerts fired (once per crossing) and the in-app list */
  alertLog: `${PREFIX}alert-log`,
} as const;

/** localStorage keys other libraries own; the console only reads or removes them. */
export const FOREIGN_STORAGE_KEYS = {
  /** cosmos-kit's session record (features/wallet/wallet-memory.ts reads it to restore a session) */
  cosmosKitWallet: "cosmos-kit@2:core//current-wallet",
  /** @keplr-wallet/wc-client's app link, which it opens before each request; features/wallet/
      walletconnect/mobile-wallets.ts removes it so the phone opens only when the user taps */
  keplrMobileAutoLink: "wallet-connect-v2-mobile-link",
} as const;

/** IndexedDB databases; each stays behind its owner, which alone opens it. */
export const INDEXED_DBS = {
  /** features/receipts/store/db.ts and receipt-store.ts: the hash-chained receipts */
  receipts: "akash-console-receipts",
  /** features/funding/topup/scoped-key-store.ts: top-up keys, encrypted under a non-extractable
      WebCrypto key kept beside them (docs/decisions/top-up-key.md) */
  scopedKeys: "akash-console-keys",
} as const;

/** Cross-tab coordination names (Web Locks, BroadcastChannel): not storage, but shared by tabs. */
export const TAB_CHANNELS = {
  /** Web Lock around a dseq reservation; its name predates the key above and is kept, so a tab
      still running the previous version excludes this one */
  dseqLock: (networkId: string, owner: string) => `${PREFIX}last-dseq:${networkId}:${owner}`,
  /** Web Lock around receipt writes, and the channel that tells other tabs about them */
  receiptsWriteLock: (dbName: string) => `${dbName}:write`,
  receiptsChanges: (dbName: string) => `${dbName}:changes`,
  /** Web Lock held by the one tab that signs top-ups (others wait to take over): src/lib/use-leadership.ts */
  topUpLeader: (networkId: string) => `${PREFIX}top-up-leader:${networkId}`,
  /** Web Lock around evaluating alerts and writing the alert log, so two tabs never fire twice */
  alertsLock: `${PREFIX}alerts`,
} as const;

/** Where earlier versions kept the same data (two prefixes, some versioned, one not JSON). */
export const LEGACY_KEYS: readonly LegacyKey[] = [
  { pattern: /^console\.theme$/, to: () => STORAGE_KEYS.theme, format: "text" },
  { pattern: /^console\.network\.v1$/, to: () => STORAGE_KEYS.network, format: "json" },
  { pattern: /^console\.wallet\.last$/, to: () => STORAGE_KEYS.wallet, format: "json" },
  { pattern: /^console\.wallet\.watch\.v1$/, to: () => STORAGE_KEYS.watchedAddress, format: "json" },
  { pattern: /^console\.receipts\.reason-mode$/, to: () => STORAGE_KEYS.reasonMode, format: "json" },
  { pattern: /^console\.sdl\.drafts\.v1$/, to: () => STORAGE_KEYS.sdlDrafts, format: "json" },
  { pattern: /^console\.deployments\.prefs\.v1$/, to: () => STORAGE_KEYS.deploymentPrefs, format: "json" },
  {
    // console.deployment-names.v1.<network>.<owner>: an owner (bech32) has no dot, a network may
    pattern: /^console\.deployment-names\.v1\.(.+)\.([^.]+)$/,
    to: ([, network = "", owner = ""]) => STORAGE_KEYS.deploymentNames(network, owner),
    format: "json",
  },
  {
    // console.deploy.<network>.<owner>.<dseq>
    pattern: /^console\.deploy\.(.+)\.([^.]+)\.(\d+)$/,
    to: ([, network = "", owner = "", dseq = ""]) => STORAGE_KEYS.deploymentRecord(network, owner, dseq),
    format: "json",
  },
  {
    // akash-console:last-dseq:<network>:<owner>, a JSON string
    pattern: /^akash-console:last-dseq:(.+):([^:]+)$/,
    to: ([, network = "", owner = ""]) => STORAGE_KEYS.lastDseq(network, owner),
    format: "json",
  },
];
