// The wallet's public contract. This module is tiny and always loaded: the cosmos-kit stack and
// the local key load later (runtime/) and plug their implementation in through WalletProvider.
import { createContext, useContext } from "react";
import type { StdSignature } from "@cosmjs/amino";
import type { OfflineSigner } from "@cosmjs/proto-signing";

export type WalletStatus = "disconnected" | "connecting" | "connected" | "error";
export type SignMode = "direct" | "amino";

export interface WalletState {
  status: WalletStatus;
  address: string | null;
  /** "Keplr", "Leap", "Local key", … */
  walletName: string | null;
  /** the account's label in the wallet, when it has one */
  accountName: string | null;
  /** direct when possible; amino for accounts that cannot sign direct (Ledger) */
  signMode: SignMode;
  error: string | null;
}

export interface WalletValue extends WalletState {
  /** true once the wallet code has loaded and the stored session (if any) has been restored */
  ready: boolean;
  openConnect(): void;
  disconnect(): Promise<void>;
  /** an OfflineDirectSigner, or an OfflineAminoSigner when signMode is "amino" */
  getSigner(): Promise<OfflineSigner>;
  /** ADR-036 signature of arbitrary data (provider JWTs, receipt attestations) */
  signArbitrary(data: string | Uint8Array): Promise<StdSignature>;
}

/** What the lazily loaded runtime provides; the provider adds `ready` and queues early calls. */
export interface WalletImplementation extends WalletState {
  openConnect(): void;
  disconnect(): Promise<void>;
  getSigner(): Promise<OfflineSigner>;
  signArbitrary(data: string | Uint8Array): Promise<StdSignature>;
}

export const DISCONNECTED: WalletState = {
  status: "disconnected",
  address: null,
  walletName: null,
  accountName: null,
  signMode: "direct",
  error: null,
};

export class WalletNotConnectedError extends Error {
  constructor() {
    super("No wallet is connected. Connect a wallet first.");
    this.name = "WalletNotConnectedError";
  }
}

export const WalletContext = createContext<WalletValue | null>(null);

export function useWallet(): WalletValue {
  const value = useContext(WalletContext);
  if (!value) throw new Error("useWallet needs a <WalletProvider> above it.");
  return value;
}
