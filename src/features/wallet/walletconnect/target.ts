// Which WalletConnect relay and project id the console uses on a network, and which wallets it
// offers through WalletConnect. Light and always loaded: the WalletConnect SDK itself loads only
// when one of these wallets is chosen (or a session with one is restored).
import type { NetworkConfig } from "@/config/networks";

export interface WalletConnectTarget {
  projectId: string;
  /** null: WalletConnect's hosted relay (needs a real project id) */
  relayUrl: string | null;
}

/** The local relay accepts any project id; the SDK refuses to start without one. */
export const LOCAL_RELAY_PROJECT_ID = "akash-console-local";

export function walletConnectTarget(
  network: Pick<NetworkConfig, "walletConnectRelay">,
  projectId: string | null,
): WalletConnectTarget | null {
  if (network.walletConnectRelay)
    return { projectId: projectId ?? LOCAL_RELAY_PROJECT_ID, relayUrl: network.walletConnectRelay };
  return projectId ? { projectId, relayUrl: null } : null;
}

/** The phone wallets offered through WalletConnect (cosmos-kit's wallet names). */
export const WALLETCONNECT_WALLETS = [
  { name: "keplr-mobile", prettyName: "Keplr Mobile" },
  { name: "leap-cosmos-mobile", prettyName: "Leap Mobile" },
] as const;

export function isWalletConnectWallet(name: string | null | undefined): boolean {
  return WALLETCONNECT_WALLETS.some((w) => w.name === name);
}
