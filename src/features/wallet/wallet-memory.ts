// Owns which wallet the user last connected with, so a reload reconnects it. Only the kind
// and name are stored, never a key: the local key is fetched again from the server, and
// cosmos-kit keeps its own session record (read here only to know a session exists).
import * as z from "zod/mini";
import { FOREIGN_STORAGE_KEYS, STORAGE_KEYS } from "@/config/storage-keys";
import { foreignItem, persistedStore } from "@/lib/persisted-store";

const remembered = z.union([
  z.object({ kind: z.literal("local-key") }),
  z.object({ kind: z.literal("cosmos-kit"), name: z.string() }),
]);
export type RememberedWallet = z.infer<typeof remembered>;

export const lastWallet = persistedStore<RememberedWallet | null>({
  key: STORAGE_KEYS.wallet,
  version: 1,
  schema: z.nullable(remembered),
  fallback: null,
});
const cosmosKitSession = foreignItem(FOREIGN_STORAGE_KEYS.cosmosKitWallet);

export function rememberedWallet(): RememberedWallet | null {
  const ours = lastWallet.get();
  if (ours) return ours;
  const name = cosmosKitSession.read();
  return name ? { kind: "cosmos-kit", name } : null;
}

export function rememberWallet(wallet: RememberedWallet | null): void {
  if (wallet) {
    lastWallet.set(wallet);
    return;
  }
  lastWallet.remove();
  cosmosKitSession.remove();
}
