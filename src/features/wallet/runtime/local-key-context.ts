// Lets the wallet modal (rendered by cosmos-kit's ChainProvider) offer the local key too.
import { createContext, useContext } from "react";
import type { LocalKey } from "./use-local-key";

export interface LocalKeyContextValue {
  localKey: LocalKey;
  networkName: string;
}

export const LocalKeyContext = createContext<LocalKeyContextValue | null>(null);

export function useLocalKeyContext(): LocalKeyContextValue {
  const value = useContext(LocalKeyContext);
  if (!value) throw new Error("The wallet modal needs the wallet runtime above it.");
  return value;
}
