// Owns the persisted network preferences: the selected network and the custom endpoints the user
// added (already health-checked) per network. One persisted store, so every tab follows a change.
import * as z from "zod/mini";
import { STORAGE_KEYS } from "@/config/storage-keys";
import { persistedStore } from "@/lib/persisted-store";

const customEndpoints = z.object({ rpc: z.array(z.string()), rest: z.array(z.string()) });
const networkPrefs = z.object({
  selected: z.nullable(z.string()),
  custom: z.record(z.string(), customEndpoints),
});

export type CustomEndpoints = z.infer<typeof customEndpoints>;
export type NetworkPrefs = z.infer<typeof networkPrefs>;

export const networkPrefsStore = persistedStore<NetworkPrefs>({
  key: STORAGE_KEYS.network,
  version: 1,
  schema: networkPrefs,
  fallback: { selected: null, custom: {} },
});

export function withCustomEndpoint(
  prefs: NetworkPrefs,
  networkId: string,
  kind: "rpc" | "rest",
  url: string,
): NetworkPrefs {
  const current = prefs.custom[networkId] ?? { rpc: [], rest: [] };
  if (current[kind].includes(url)) return prefs;
  return {
    ...prefs,
    custom: { ...prefs.custom, [networkId]: { ...current, [kind]: [url, ...current[kind]] } },
  };
}

export function withoutCustomEndpoint(
  prefs: NetworkPrefs,
  networkId: string,
  kind: "rpc" | "rest",
  url: string,
): NetworkPrefs {
  const current = prefs.custom[networkId];
  if (!current) return prefs;
  return {
    ...prefs,
    custom: { ...prefs.custom, [networkId]: { ...current, [kind]: current[kind].filter((u) => u !== url) } },
  };
}
