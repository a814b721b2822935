// Lets the wallet modal (rendered by cosmos-kit's ChainProvider) offer the local key too, and
// the phone wallets whose WalletConnect code has not been loaded yet.
import { createContext, useContext } from "react";
import type { LocalKey } from "./use-local-key";

export interface PhoneWalletChoice {
  /** phone wallets offered through WalletConnect whose code is not loaded yet */
  unloaded: readonly { name: string; prettyName: string }[];
  /** the phone wallet the user picked, to connect once its code is there */
  pending: string | null;
  choose(name: string): void;
  clear(): void;
}

export interface LocalKeyContextValue {
  localKey: LocalKey;
  networkName: string;
  phoneWallets: PhoneWalletChoice;
}

export const LocalKeyContext = createContext<LocalKeyContextValue | null>(null);

export function useLocalKeyContext(): LocalKeyContextValue {
  const value = useContext(LocalKeyContext);
  if (!value) throw new Error("The wallet modal needs the wallet runtime above it.");
  return value;
}
