// An upgrade loses nothing: every kind of value earlier versions stored (two prefixes, versioned
// and not, JSON and a bare string) is read back through today's owners after the migration.
import { describe, expect, it } from "vitest";
import { LEGACY_KEYS, STORAGE_KEYS } from "@/config/storage-keys";
import { lastDseqStores, reserveDseq } from "@/features/deploy/utils/reserve-dseq";
import { loadDeploymentRecord } from "@/features/deployments";
import { deploymentNames } from "@/features/deployments/storage/names-store";
import { prefsStore } from "@/features/deployments/storage/prefs-store";
import { networkPrefsStore } from "@/features/network/network-prefs";
import { reasonModeStore } from "@/features/receipts/hooks/use-reason-mode";
import { createDraftsStore } from "@/features/sdl/utils/drafts-store";
import { lastWallet, rememberedWallet } from "@/features/wallet/wallet-memory";
import { watchedAddresses } from "@/features/wallet/watch-address";
import { createLocalLock } from "@/lib/locks";
import { migrateLegacyKeys } from "@/lib/storage-migration";
import { themeStore } from "./theme";

const OWNER = "akash1tenant0000000000000000000000000000000";
const DRAFT = { id: "d-1", name: "My GPU box", sdl: "version: '2.0'\n", updatedAt: 1_700_000_000_000 };
const RECORD = {
  sdl: "version: '2.0'\n",
  manifestJson: "[]",
  hashHex: "ab12",
  savedAt: "2026-01-01T00:00:00.000Z",
};

/** Exactly what the previous version wrote (values as its code serialized them). */
const OLD_FORMAT: Record<string, string> = {
  "console.theme": "dark",
  "console.network.v1": JSON.stringify({
    selected: "sandbox",
    custom: { sandbox: { rpc: ["https://rpc.example.org"], rest: [] } },
  }),
  "console.wallet.last": JSON.stringify({ kind: "cosmos-kit", name: "keplr-extension" }),
  "console.wallet.watch.v1": JSON.stringify({ mainnet: "akash1watched00000000000000000000000000000" }),
  "console.receipts.reason-mode": JSON.stringify("required"),
  "console.sdl.drafts.v1": JSON.stringify([DRAFT]),
  "console.deployments.prefs.v1": JSON.stringify({ warnHours: 48 }),
  [`console.deployment-names.v1.local.${OWNER}`]: JSON.stringify({ "123": "llm server" }),
  [`console.deploy.local.${OWNER}.123`]: JSON.stringify(RECORD),
  [`akash-console:last-dseq:local:${OWNER}`]: JSON.stringify("950"),
  "cosmos-kit@2:core//current-wallet": "keplr-extension",
};

function setup(extra: Record<string, string> = {}) {
  localStorage.clear();
  for (const [k, v] of Object.entries({ ...OLD_FORMAT, ...extra })) localStorage.setItem(k, v);
  const moved = migrateLegacyKeys(LEGACY_KEYS);
  return { moved };
}

describe("storage migration", () => {
  it("keeps every preference, draft, name, record and reservation an earlier version stored", async () => {
    const { moved } = setup();
    expect(moved).toHaveLength(Object.keys(OLD_FORMAT).length - 1);
    expect(themeStore.get()).toBe("dark");
    expect(networkPrefsStore.get()).toEqual(JSON.parse(OLD_FORMAT["console.network.v1"]!));
    expect(lastWallet.get()).toEqual({ kind: "cosmos-kit", name: "keplr-extension" });
    expect(rememberedWallet()).toEqual({ kind: "cosmos-kit", name: "keplr-extension" });
    expect(watchedAddresses.get()).toEqual({ mainnet: "akash1watched00000000000000000000000000000" });
    expect(reasonModeStore.get()).toBe("required");
    expect(createDraftsStore().list()).toEqual({ ok: true, value: [DRAFT] });
    expect(prefsStore.get()).toEqual({ warnHours: 48, runwayHours: 24 });
    expect(deploymentNames("local", OWNER).get()).toEqual({ "123": "llm server" });
    expect(loadDeploymentRecord("local", OWNER, "123")).toEqual(RECORD);
    // The reservation goes on from where it was: never a dseq this browser handed out before.
    expect(await reserveDseq("local", OWNER, 900, createLocalLock(), lastDseqStores())).toBe("951");
  });

  it("leaves only today's keys, plus the one cosmos-kit owns", () => {
    setup();
    const keys = Object.keys(localStorage).sort();
    expect(keys.every((k) => k.startsWith("akash-console:") || k.startsWith("cosmos-kit@2:"))).toBe(true);
    expect(keys).toContain(STORAGE_KEYS.deploymentRecord("local", OWNER, "123"));
    expect(keys).not.toContain(`akash-console:last-dseq:local:${OWNER}`);
  });

  it("never overwrites a value already under today's key, and leaves unreadable old values alone", () => {
    setup({
      [STORAGE_KEYS.deploymentPrefs]: JSON.stringify({ v: 1, data: { warnHours: 12 } }),
      "console.wallet.watch.v1": "{not json",
    });
    expect(prefsStore.refresh()).toEqual({ warnHours: 12, runwayHours: 24 });
    expect(localStorage.getItem("console.deployments.prefs.v1")).toBeNull();
    expect(localStorage.getItem("console.wallet.watch.v1")).toBe("{not json");
  });

  it("is idempotent: running again at the next boot moves nothing", () => {
    setup();
    expect(migrateLegacyKeys(LEGACY_KEYS)).toEqual([]);
  });
});
