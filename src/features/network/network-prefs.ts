// Owns the persisted network preferences: the selected network and the custom endpoints the
// user added (already health-checked) per network. localStorage, versioned key.
import { readJson, writeJson } from "@/lib/storage";

export interface CustomEndpoints {
  rpc: string[];
  rest: string[];
}

export interface NetworkPrefs {
  selected: string | null;
  custom: Record<string, CustomEndpoints>;
}

const KEY = "console.network.v1";
const EMPTY: NetworkPrefs = { selected: null, custom: {} };

function isPrefs(v: unknown): v is NetworkPrefs {
  if (!v || typeof v !== "object") return false;
  const p = v as Partial<NetworkPrefs>;
  return (
    (p.selected === null || typeof p.selected === "string") &&
    typeof p.custom === "object" &&
    p.custom !== null
  );
}

export function loadPrefs(): NetworkPrefs {
  return readJson(KEY, EMPTY, isPrefs);
}

export function savePrefs(prefs: NetworkPrefs): boolean {
  return writeJson(KEY, prefs);
}

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
