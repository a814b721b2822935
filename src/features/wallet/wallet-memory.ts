// Owns which wallet the user last connected with, so a reload reconnects it. Only the kind
// and name are stored, never a key: the local key is fetched again from the server, and
// cosmos-kit keeps its own session record (read here only to know a session exists).
import { readJson, writeJson } from "@/lib/storage";

const KEY = "console.wallet.last";
const COSMOS_KIT_CURRENT = "cosmos-kit@2:core//current-wallet";

export type RememberedWallet = { kind: "local-key" } | { kind: "cosmos-kit"; name: string };

function isRemembered(value: unknown): value is RememberedWallet {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return v.kind === "local-key" || (v.kind === "cosmos-kit" && typeof v.name === "string");
}

export function rememberedWallet(): RememberedWallet | null {
  const ours = readJson<RememberedWallet | null>(KEY, null, (v): v is RememberedWallet | null =>
    isRemembered(v),
  );
  if (ours) return ours;
  try {
    const name = localStorage.getItem(COSMOS_KIT_CURRENT);
    return name ? { kind: "cosmos-kit", name } : null;
  } catch {
    return null;
  }
}

export function rememberWallet(wallet: RememberedWallet | null): void {
  if (wallet) {
    writeJson(KEY, wallet);
    return;
  }
  try {
    localStorage.removeItem(KEY);
    localStorage.removeItem(COSMOS_KIT_CURRENT);
  } catch {
    // Storage blocked: nothing was remembered either.
  }
}
